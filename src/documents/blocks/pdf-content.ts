// The document blocks as pdfmake content: one translation per block kind, the styles the PDF uses, and table widths
// shared out over the A4 page by the columns' weights.
import type { Content, CustomTableLayout, Style, TableCell } from 'pdfmake/interfaces';
import { CHECKED, NOT_ANSWERED, UNCHECKED, type TDocBlock, type TTableColumn, type TTableRow, type TTone } from './document-blocks.ts';

export const PAGE_MARGIN = 50;
const A4_WIDTH = 595.28;
const CELL_PADDING = 4; // left and right, pdfmake's default
const LINE = 0.5;
const INDENT = 12;

export const PDF_STYLES: Record<string, Style> = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 12, margin: [0, 0, 0, 12] },
  h1: { fontSize: 13, bold: true, margin: [0, 16, 0, 6] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
  label: { bold: true, margin: [0, 6, 0, 2] },
  caption: { bold: true, italics: true, margin: [0, 6, 0, 3] },
  table: { fontSize: 8.5 },
  tableHeader: { bold: true, fillColor: '#e8e8e8' },
  footer: { fontSize: 7.5, color: '#555555', alignment: 'center' },
};

const TONE_STYLE: Record<TTone, Style> = {
  normal: {},
  muted: { color: '#555555', italics: true },
  warning: { color: '#9a3412', bold: true },
};

const GRID: CustomTableLayout = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  hLineColor: () => '#9e9e9e',
  vLineColor: () => '#9e9e9e',
};

const NO_LINES: CustomTableLayout = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingTop: () => 1, paddingBottom: () => 1 };

export function blockContent(block: TDocBlock): Content {
  switch (block.kind) {
    case 'title':
      return [
        { text: block.text, style: 'title' },
        { text: block.subtitle, style: 'subtitle' },
      ];
    case 'heading':
      return { text: block.text, style: `h${block.level}`, headlineLevel: block.level };
    case 'paragraph':
      return { text: block.text, margin: [0, 3, 0, 3], ...TONE_STYLE[block.tone ?? 'normal'] };
    case 'field':
      return [
        { text: block.label, style: 'label' },
        block.answer === null ? { text: NOT_ANSWERED, ...TONE_STYLE.muted } : { text: block.answer },
      ];
    case 'checkboxes':
      return [
        { text: block.label, style: 'label' },
        ...block.items.map((item): Content => ({ text: `${item.checked ? CHECKED : UNCHECKED}  ${item.text}`, margin: [INDENT, 1, 0, 1] })),
      ];
    case 'list':
      return block.items.map(
        (item): Content => ({
          columns: [
            { width: 18, text: item.marker },
            { width: '*', text: item.text },
          ],
          margin: [item.level * 18, 2, 0, 2],
        }),
      );
    case 'facts':
      return {
        table: { widths: [190, '*'], dontBreakRows: true, body: block.rows.map((r): TableCell[] => [{ text: r.label, bold: true }, r.value]) },
        layout: NO_LINES,
        margin: [0, 2, 0, 6],
      };
    case 'table':
      return tableContent(block.caption, block.columns, block.rows);
  }
}

function tableContent(caption: string | null, columns: TTableColumn[], rows: TTableRow[]): Content {
  const header = columns.map((c): TableCell => ({ text: c.header, style: 'tableHeader', alignment: c.align ?? 'left' }));
  const body = rows.map((row) => rowCells(row, columns));
  return [
    // A caption is kept with its table like a heading (see pageBreakBefore in application-pdf.ts).
    ...(caption ? [{ text: caption, style: 'caption', headlineLevel: 4 } as Content] : []),
    { table: { headerRows: 1, keepWithHeaderRows: 1, widths: columnWidths(columns), body: [header, ...body] }, layout: GRID, style: 'table', margin: [0, 0, 0, 6] },
  ];
}

function rowCells(row: TTableRow, columns: TTableColumn[]): TableCell[] {
  const indent = (row.indent ?? 0) * INDENT;
  if (row.kind === 'note') {
    const spanned: TableCell = { text: row.text, colSpan: columns.length, margin: [indent, 0, 0, 0], ...TONE_STYLE[row.tone] };
    return [spanned, ...columns.slice(1).map((): TableCell => '')];
  }
  return columns.map((column, i): TableCell => ({
    text: row.cells[i] ?? '',
    alignment: column.align ?? 'left',
    bold: row.emphasis === true,
    margin: [i === 0 ? indent : 0, 0, 0, 0],
    ...TONE_STYLE[row.tone ?? 'normal'],
  }));
}

/** pdfmake widths are content widths: padding and rules come on top, so they are taken off before sharing out. */
function columnWidths(columns: TTableColumn[]): number[] {
  const available = A4_WIDTH - 2 * PAGE_MARGIN - columns.length * 2 * CELL_PADDING - (columns.length + 1) * LINE;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  return columns.map((c) => Math.floor((available * c.weight) / total));
}
