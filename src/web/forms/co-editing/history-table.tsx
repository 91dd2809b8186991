// The change log of a co-edited form: every save, newest first (as the server sends them) — when, who, which
// question, what was saved and its version. One table for every co-edited form; each module keeps its own words
// (a behovsmelding speaks of fields, a questionnaire of questions), so it takes the prefix of its texts' keys, and
// each page says the question's label as it knows it (the behovsmelding and a questionnaire their catalogue's label
// in the reader's language).
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { valuePreview } from './value-preview.ts';

/** Whose texts: `bm.history.*` and `bm.conflict.empty`, or `q.history.*` and `q.conflict.empty`. */
export type HistoryTexts = 'bm' | 'q';

export type HistoryRow = { id: number; key: string; value: unknown; version: number; byName: string; at: string };

/** `keyLabel`: the name of a member of a grouped answer (a year's amounts, a table's columns), as the form says it. */
type Props<R extends HistoryRow> = { texts: HistoryTexts; rows: readonly R[]; labelOf: (row: R) => string; keyLabel?: (key: string) => string | undefined };

export function HistoryTable<R extends HistoryRow>({ texts, rows, labelOf, keyLabel }: Props<R>) {
  const t = useT();
  const key = <K extends string>(name: K) => `${texts}.history.${name}` as const;
  const words = { yes: t('common.yes'), no: t('common.no'), empty: t(`${texts}.conflict.empty`), labelOf: keyLabel };
  if (rows.length === 0) return <Paragraph>{t(key('none'))}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra className="kl-table" data-size="sm">
        <caption>{t(key('caption'), { count: rows.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t(key('at'))}</Table.HeaderCell>
            <Table.HeaderCell>{t(key('by'))}</Table.HeaderCell>
            <Table.HeaderCell>{t(key('field'))}</Table.HeaderCell>
            <Table.HeaderCell>{t(key('value'))}</Table.HeaderCell>
            <Table.HeaderCell>{t(key('version'))}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>{formatDateTime(row.at)}</Table.Cell>
              <Table.Cell>{row.byName}</Table.Cell>
              <Table.Cell>{labelOf(row)}</Table.Cell>
              <Table.Cell>{valuePreview(row.value, words, 200)}</Table.Cell>
              <Table.Cell>{row.version}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
