// The e-mail outbox for the admin: what the platform has queued to whom, newest first, and whether it went out.
// Without SMTP_URL nothing is sent, and this page — not the server log, which holds no mail — is where it is read.
import { Button, Details, Paragraph, Table } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { platformApi } from '../../clients/platform.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function OutboxPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const { data, error, loading } = useCall(platformApi.listOutbox, { query: { page: String(page) } });
  const go = (next: number) => setParams(next > 1 ? { side: String(next) } : {});
  const hasNext = Boolean(data && data.entries.length === data.pageSize);

  return (
    <Page title={t('page.outbox')} lead={<Paragraph>{t('outbox.lead')}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('outbox.pageInfo', { page, count: data.entries.length }) : ''}</Paragraph>
      {data && data.entries.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('outbox.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('outbox.createdAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.to')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.subject')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.text')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.entries.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{formatDateTime(m.createdAt)}</Table.Cell>
                  <Table.Cell>{m.to}</Table.Cell>
                  <Table.Cell>{m.subject}</Table.Cell>
                  <Table.Cell>{m.sentAt ? t('outbox.sentAt', { at: formatDateTime(m.sentAt) }) : t('outbox.notSent')}</Table.Cell>
                  <Table.Cell>
                    <Details data-size="sm">
                      <Details.Summary>{t('outbox.showText')}</Details.Summary>
                      <Details.Content>
                        <Paragraph className="kl-pre-line">{m.text}</Paragraph>
                      </Details.Content>
                    </Details>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <div className="kl-actions">
        {page > 1 && (
          <Button variant="secondary" onClick={() => go(page - 1)}>
            {t('pagination.previous')}
          </Button>
        )}
        {hasNext && (
          <Button variant="secondary" onClick={() => go(page + 1)}>
            {t('pagination.next')}
          </Button>
        )}
      </div>
    </Page>
  );
}
