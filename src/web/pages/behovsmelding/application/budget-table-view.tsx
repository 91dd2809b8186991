// A budget table read-only: each line with its formula, what the applicant stated, what it computes and the
// difference; detail lines indented under their line; the total at the foot.
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { formatNumber } from '../../../../domain/shared/money.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { LineView, TableView } from './budget-compute.ts';
import type { DraftLine, DraftTable } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';

const money = (v: number | null | undefined) => (typeof v === 'number' ? formatMoney(v) : '');

function formula(line: DraftLine): string {
  if (line.kind === 'percentage') return typeof line.percent === 'number' ? `${formatNumber(line.percent)}\u00a0%` : '';
  if (line.kind !== 'item') return '';
  const factors = (line.factors ?? []).map((f) => `${typeof f.value === 'number' ? formatNumber(f.value) : '?'}${f.label ? ` ${f.label}` : ''}`);
  return [...factors, ...(typeof line.unitPrice === 'number' ? [money(line.unitPrice)] : [])].join(' × ');
}

function Rows({ lines, views, depth }: { lines: DraftLine[]; views: LineView[] | undefined; depth: number }) {
  return (
    <>
      {lines.map((line, i) => {
        const v = views?.[i];
        return (
          <Fragment key={i}>
            <Table.Row className={line.kind === 'subtotal' ? 'bm-subtotal' : undefined}>
              <Table.Cell className={depth > 0 ? 'bm-detail-line' : undefined}>{line.description ?? ''}</Table.Cell>
              <Table.Cell>{formula(line)}</Table.Cell>
              <Table.Cell className="bm-amount">{money(line.statedAmount)}</Table.Cell>
              <Table.Cell className="bm-amount">{money(v?.computed)}</Table.Cell>
              <Table.Cell className="bm-amount">{v?.difference ? money(v.difference) : ''}</Table.Cell>
            </Table.Row>
            {line.kind === 'item' && line.details && <Rows lines={line.details.lines} views={v?.details?.lines} depth={depth + 1} />}
          </Fragment>
        );
      })}
    </>
  );
}

export function BudgetTableView({ path, caption, table, view }: { path: string; caption: string; table: DraftTable | null; view: TableView | null }) {
  const t = useT();
  if (!table)
    return (
      <div id={fieldAnchorId(path)} className="bm-readonly">
        <Paragraph className="bm-readonly-label">{caption}</Paragraph>
        <Paragraph className="kl-muted">{t('common.notGiven')}</Paragraph>
      </div>
    );
  return (
    <div id={fieldAnchorId(path)}>
      <TableScroll>
        <Table className="kl-table" data-size="sm">
          <caption>{table.title ? `${caption}: ${table.title}` : caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('bm.budget.description')}</Table.HeaderCell>
              <Table.HeaderCell>{t('bm.budget.formula')}</Table.HeaderCell>
              <Table.HeaderCell className="bm-amount">{t('bm.budget.statedAmount')}</Table.HeaderCell>
              <Table.HeaderCell className="bm-amount">{t('bm.budget.computedColumn')}</Table.HeaderCell>
              <Table.HeaderCell className="bm-amount">{t('bm.budget.difference')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            <Rows lines={table.lines} views={view?.lines} depth={0} />
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('bm.budget.totalRow')}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell className="bm-amount">{money(table.statedTotal)}</Table.Cell>
              <Table.Cell className="bm-amount">{money(view?.total)}</Table.Cell>
              <Table.Cell className="bm-amount">{view?.totalDifference ? money(view.totalDifference) : ''}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
    </div>
  );
}
