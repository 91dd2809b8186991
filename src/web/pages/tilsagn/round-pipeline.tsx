// Where the round's applications stand (issue 14, point 6): per stage — innstilt, prepared, awaiting approval,
// approved, decided and sent, accepted, appealed — how many decisions, tilsagn and avslag, and their kroner; and the
// addressees whose acceptance is due, for a reminder. Asked again whenever the page changes a list (`changes`).
import { Heading, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatInteger, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { STAGE_LABEL } from './round-labels.ts';
import { formatLocalDate } from './round-values.ts';

export function RoundPipeline({ roundId, changes }: { roundId: string; changes: number }) {
  const t = useT();
  const { data, error, reload } = useCall(tilsagnApi.getRoundPipeline, { params: { roundId } });
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    reload();
  }, [changes, reload]);
  return (
    <section aria-labelledby="round-pipeline" className="kl-section">
      <Heading level={2} data-size="sm" id="round-pipeline">
        {t('tilsagn.round.pipelineHeading')}
      </Heading>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('tilsagn.round.pipelineCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('tilsagn.round.col.stage')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('tilsagn.round.col.count')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('tilsagn.round.col.tilsagn')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('tilsagn.round.col.avslag')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('tilsagn.round.col.sum')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.stages.map((s) => (
                <Table.Row key={s.stage}>
                  <Table.HeaderCell scope="row">{t(STAGE_LABEL[s.stage])}</Table.HeaderCell>
                  <Table.Cell className="kl-num">{formatInteger(s.count)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatInteger(s.tilsagnCount)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatInteger(s.avslagCount)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(s.sumKr)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {data && data.reminders.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('tilsagn.round.remindersHeading')}
          </Heading>
          <ul className="kl-link-list">
            {data.reminders.map((r) => (
              <li key={r.vedtakId}>
                {t('tilsagn.round.reminder', { name: r.partnershipName, number: r.documentNumber ?? '', date: formatLocalDate(r.dueLocal) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
