// One approval list's decisions as a table (issue 14, point 1): the partnership, tilsagn or avslag, the amounts per
// year (the year's sum, the owner's and the UH's parts, later years conditional on the state budget), whether and why
// it deviates from the forum's innstilling, and the way to the decision — "Rediger" while the list is a draft and the
// actor may edit it, "Vis" otherwise.
import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { VedtakBatchOut, VedtakOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { amountsPerYear } from './round-values.ts';

export function RoundDecisionsTable({ batch, caption }: { batch: VedtakBatchOut; caption: string }) {
  const t = useT();
  const editable = batch.state === 'utkast' && batch.allowed.includes('edit');
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tilsagn.round.col.partnership')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.amounts')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.deviation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.open')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {batch.decisions.map((d) => (
            <Table.Row key={d.id}>
              <Table.HeaderCell scope="row">{d.partnershipName}</Table.HeaderCell>
              <Table.Cell>{t(d.kind === 'tilsagn' ? 'tilsagn.round.kindTilsagn' : 'tilsagn.round.kindAvslag')}</Table.Cell>
              <Table.Cell>
                <Amounts decision={d} />
              </Table.Cell>
              <Table.Cell>
                <Deviation decision={d} />
              </Table.Cell>
              <Table.Cell>
                <Link asChild>
                  <RouterLink
                    to={`/tilsagn/vedtak/${d.id}`}
                    aria-label={t(editable ? 'tilsagn.round.editFor' : 'tilsagn.round.viewFor', { name: d.partnershipName })}
                  >
                    {t(editable ? 'tilsagn.round.edit' : 'tilsagn.round.view')}
                  </RouterLink>
                </Link>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function Amounts({ decision }: { decision: VedtakOut }) {
  const t = useT();
  const years = amountsPerYear(decision.lines);
  if (years.length === 0) return <>{t('tilsagn.round.noAmounts')}</>;
  return (
    <>
      {years.map((y) => (
        <div key={y.year}>
          <strong>{t('tilsagn.round.yearTotal', { year: y.year, total: formatMoney(y.totalKr) })}</strong>
          <br />
          <span className="kl-muted">
            {t('tilsagn.round.yearSplit', { owner: formatMoney(y.ownerKr), uh: formatMoney(y.uhKr) })}
            {y.conditional && <>, {t('tilsagn.round.conditional')}</>}
          </span>
        </div>
      ))}
    </>
  );
}

function Deviation({ decision }: { decision: VedtakOut }) {
  const t = useT();
  if (!decision.deviates) return <>{t('tilsagn.round.deviatesNot')}</>;
  return (
    <>
      <Tag data-color="warning" data-size="sm">
        {t('tilsagn.round.deviates')}
      </Tag>
      {decision.deviationReason && (
        <Paragraph data-size="sm" className="kl-pre-line">
          {decision.deviationReason}
        </Paragraph>
      )}
    </>
  );
}
