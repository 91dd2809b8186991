// `/skjema` ("Mine skjema"): the co-edited responses the user started or was named editor of, latest change first,
// each linking to its form. The server decides which (the read scope, ADR 013): the page shows what it is given.
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ListTable, RowLink, type Column } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import type { ResponseSummary } from '../../../domain/questionnaire/contract.ts';

export function MyResponsesPage() {
  const t = useT();
  const localize = useLocalize();
  const { data, error } = useCall(questionnaireApi.listResponses);
  const columns: Column<ResponseSummary>[] = [
    { header: t('q.mine.subject'), cell: (r) => <RowLink to={`/skjema/${r.id}`}>{r.subject}</RowLink> },
    { header: t('q.mine.form'), cell: (r) => localize(r.questionnaire.title) },
    {
      header: t('q.mine.status'),
      cell: (r) => (
        <Tag data-color={r.status === 'submitted' ? 'success' : 'neutral'} data-size="sm">
          {t(r.status === 'submitted' ? 'q.mine.status.submitted' : 'q.mine.status.draft')}
        </Tag>
      ),
    },
    { header: t('q.mine.startedBy'), cell: (r) => r.createdByName },
    { header: t('q.mine.changed'), cell: (r) => formatDateTime(r.lastChangedAt) },
  ];
  return (
    <Page title={t('page.qMine')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data &&
        (data.responses.length === 0 ? (
          <Paragraph>{t('q.mine.none')}</Paragraph>
        ) : (
          <ListTable caption={t('q.mine.caption', { count: data.responses.length })} columns={columns} rows={data.responses} />
        ))}
    </Page>
  );
}
