// `/behovsmeldinger/:id/historikk`: every save of every field, newest first — who, when, which question, what.
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { ApplicationFrame } from './application-frame.tsx';
import { valuePreview } from './value-preview.ts';

function HistoryTable({ id }: { id: string }) {
  const t = useT();
  const { data, error } = useCall(behovsmeldingApi.listFieldHistory, { params: { id } });
  const words = { yes: t('common.yes'), no: t('common.no'), empty: t('bm.conflict.empty') };
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  if (data.history.length === 0) return <Paragraph>{t('bm.history.none')}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra className="kl-table" data-size="sm">
        <caption>{t('bm.history.caption', { count: data.history.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('bm.history.at')}</Table.HeaderCell>
            <Table.HeaderCell>{t('bm.history.by')}</Table.HeaderCell>
            <Table.HeaderCell>{t('bm.history.field')}</Table.HeaderCell>
            <Table.HeaderCell>{t('bm.history.value')}</Table.HeaderCell>
            <Table.HeaderCell>{t('bm.history.version')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {data.history.map((h) => (
            <Table.Row key={h.id}>
              <Table.Cell>{formatDateTime(h.at)}</Table.Cell>
              <Table.Cell>{h.byName}</Table.Cell>
              <Table.Cell>{h.label}</Table.Cell>
              <Table.Cell>{valuePreview(h.value, words, 200)}</Table.Cell>
              <Table.Cell>{h.version}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

export function HistoryPage() {
  return (
    <ApplicationFrame title="page.bmHistory" steps={false}>
      {({ application }) => <HistoryTable id={application.id} />}
    </ApplicationFrame>
  );
}
