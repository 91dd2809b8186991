// A table field read-only: a captioned table with a header per column, scrolling sideways on small screens.
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { formatNumber } from '../../../../domain/shared/money.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import { fieldAnchorId } from './field-anchor.ts';
import type { RowColumn } from './rows-editor.tsx';

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : String(v));

export function RowsTable<R extends object>({ path, caption, rows, columns }: { path: string; caption: string; rows: R[]; columns: RowColumn<R>[] }) {
  const t = useT();
  if (rows.length === 0)
    return (
      <div className="bm-readonly" id={fieldAnchorId(path)}>
        <Paragraph className="bm-readonly-label">{caption}</Paragraph>
        <Paragraph className="kl-muted">{t('common.notGiven')}</Paragraph>
      </div>
    );
  return (
    <div id={fieldAnchorId(path)}>
      <TableScroll>
        <Table zebra className="kl-table" data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c.name}>{c.label}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row, i) => (
              <Table.Row key={i}>
                {columns.map((c) => (
                  <Table.Cell key={c.name} className="bm-pre-line">
                    {c.format ? c.format(row[c.name]) : c.kind === 'year' && typeof row[c.name] === 'number' ? String(row[c.name]) : cellText(row[c.name])}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}
