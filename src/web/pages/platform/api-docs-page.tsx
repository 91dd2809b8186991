// The API's description rendered from /api/openapi.json (ADR 017): per module, each endpoint with who may call it,
// its parameters, what it takes and what it answers. The document itself is linked for tools.
import { Details, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { platformApi } from '../../clients/platform.ts';
import { useApi } from '../../hooks/use-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const OPENAPI_PATH = platformApi.openApi.url();

type Parameter = { name: string; in: string; required: boolean };
type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type OpenApi = { info: { description: string }; tags: { name: string }[]; paths: Record<string, Record<string, Operation>> };

function Schema({ label, schema }: { label: string; schema: unknown }) {
  return (
    // Scrollable on its own and reachable by keyboard, so a wide schema never widens the page.
    <pre className="kl-schema" tabIndex={0} aria-label={label}>
      {JSON.stringify(schema, null, 2)}
    </pre>
  );
}

function OperationDetails({ path, method, op }: { path: string; method: string; op: Operation }) {
  const t = useT();
  const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
  const answer = ok?.[1].content?.['application/json']?.schema;
  const body = op.requestBody?.content['application/json']?.schema;
  const title = `${method.toUpperCase()} ${path}`;
  return (
    <Details>
      <Details.Summary>
        <code>{title}</code> – {op.summary}
      </Details.Summary>
      <Details.Content>
        <Paragraph>{op.description}</Paragraph>
        {op.parameters.length > 0 && (
          <Table data-size="sm">
            <caption>{t('apiDocs.parameters')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('apiDocs.where')}</Table.HeaderCell>
                <Table.HeaderCell>{t('apiDocs.required')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {op.parameters.map((p) => (
                <Table.Row key={`${p.in}:${p.name}`}>
                  <Table.Cell>
                    <code>{p.name}</code>
                  </Table.Cell>
                  <Table.Cell>{p.in}</Table.Cell>
                  <Table.Cell>{p.required ? t('common.yes') : t('common.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {body !== undefined && <Schema label={`${t('apiDocs.requestBody')}: ${title}`} schema={body} />}
        {answer !== undefined ? (
          <Schema label={`${t('apiDocs.response')}: ${title}`} schema={answer} />
        ) : (
          <Paragraph>{t('apiDocs.fileAnswer', { type: Object.keys(ok?.[1].content ?? {}).join(', ') })}</Paragraph>
        )}
      </Details.Content>
    </Details>
  );
}

export function ApiDocsPage() {
  const t = useT();
  const { data, error, loading } = useApi<OpenApi>(OPENAPI_PATH);
  const operations = Object.entries(data?.paths ?? {}).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  return (
    <Page title={t('page.apiDocs')}>
      <Paragraph>{t('apiDocs.intro')}</Paragraph>
      <Paragraph>
        <Link href={OPENAPI_PATH}>{t('apiDocs.download')}</Link>
      </Paragraph>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data?.tags.map(({ name }) => (
        <section key={name} aria-labelledby={`api-${name}`} className="kl-section">
          <Heading level={2} data-size="sm" id={`api-${name}`}>
            {name}
          </Heading>
          {operations
            .filter((o) => o.op.tags.includes(name))
            .map((o) => (
              <OperationDetails key={o.op.operationId} {...o} />
            ))}
        </section>
      ))}
    </Page>
  );
}
