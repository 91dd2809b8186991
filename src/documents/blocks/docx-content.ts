// The document blocks as Word (docx) elements: one translation per block kind, matching the PDF's layout (headings,
// bold questions, tables with a shaded header row that repeats on each page, indented detail lines, ☒/☐).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { CHECKED, NOT_ANSWERED, UNCHECKED, type TDocBlock, type TTableColumn, type TTableRow, type TTone } from './document-blocks.ts';

/** A4 (11 906 twips) less 2 × 2 cm margins (1 134 twips each). */
export const PAGE_MARGIN_TWIPS = 1134;
const TEXT_WIDTH = 11906 - 2 * PAGE_MARGIN_TWIPS;
const INDENT_TWIPS = 240;
const TABLE_FONT_SIZE = 17; // half-points: 8.5 pt, as in the PDF
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

const TONE_RUN: Record<TTone, IRunOptions> = {
  normal: {},
  muted: { italics: true, color: '555555' },
  warning: { bold: true, color: '9A3412' },
};

const FOOTER_RUN = { size: 15, color: '555555' } as const;

/** The footer line of every page: `before` the page number, `between` it and the page count ("… side 2 av 5"). */
export function pageFooter(before: string, between: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ ...FOOTER_RUN, text: before }),
          new TextRun({ ...FOOTER_RUN, children: [PageNumber.CURRENT] }),
          new TextRun({ ...FOOTER_RUN, text: between }),
          new TextRun({ ...FOOTER_RUN, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** A Word document on A4 with 2 cm margins, the sizes of the PDF (half-points: title 16 pt, headings 13 / 11.5 /
 * 10 pt, text 10 pt) and Word's own heading styles, so the navigation pane and screen readers see the structure. */
export function a4Document(input: {
  properties: { title: string; subject?: string; creator: string; description?: string };
  locale: string;
  footer: Footer;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const doc = new Document({
    ...input.properties,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 20, language: { value: input.locale } } },
        title: { run: { size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { size: 23, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 20, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: PAGE_MARGIN_TWIPS, bottom: PAGE_MARGIN_TWIPS, left: PAGE_MARGIN_TWIPS, right: PAGE_MARGIN_TWIPS },
          },
        },
        footers: { default: input.footer },
        children: input.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Text runs, a line break for each newline (answers keep the applicant's lines). */
function runs(text: string, options: IRunOptions = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

export function blockElements(block: TDocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) }), new Paragraph({ children: runs(block.subtitle, { size: 26 }), spacing: { after: 240 } })];
    case 'heading': {
      const level = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[block.level];
      return [new Paragraph({ heading: level, keepNext: true, children: runs(block.text) })];
    }
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text, TONE_RUN[block.tone ?? 'normal']), spacing: { before: 60, after: 60 } })];
    case 'field':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: runs(block.label, { bold: true }) }),
        new Paragraph({ children: block.answer === null ? runs(NOT_ANSWERED, TONE_RUN.muted) : runs(block.answer) }),
      ];
    case 'checkboxes':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: runs(block.label, { bold: true }) }),
        ...block.items.map(
          (item) =>
            new Paragraph({
              indent: { left: INDENT_TWIPS },
              // A symbol font Word has everywhere, so the box is drawn the same on every machine.
              children: [new TextRun({ text: item.checked ? CHECKED : UNCHECKED, font: 'Segoe UI Symbol' }), new TextRun({ text: `  ${item.text}` })],
            }),
        ),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            // A hanging indent: the marker in the margin, wrapped lines under the text.
            indent: { left: (item.level + 1) * 360, hanging: 360 },
            children: [new TextRun({ text: `${item.marker}\t` }), ...runs(item.text)],
            tabStops: [{ type: 'left', position: (item.level + 1) * 360 }],
            spacing: { before: 40, after: 40 },
          }),
      );
    case 'facts':
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [3400, TEXT_WIDTH - 3400],
          layout: TableLayoutType.FIXED,
          borders: TableBorders.NONE,
          rows: block.rows.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({ children: [new Paragraph({ children: runs(r.label, { bold: true }) })] }),
                  new TableCell({ children: [new Paragraph({ children: runs(r.value) })] }),
                ],
              }),
          ),
        }),
        new Paragraph({}),
      ];
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: runs(block.caption, { bold: true, italics: true }) })] : []),
        dataTable(block.columns, block.rows),
        new Paragraph({}),
      ];
  }
}

function dataTable(columns: TTableColumn[], rows: TTableRow[]): Table {
  const widths = columnWidths(columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' },
          children: [new Paragraph({ alignment: c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: runs(c.header, { bold: true, size: TABLE_FONT_SIZE }) })],
        }),
    ),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    rows: [header, ...rows.map((row) => dataRow(row, columns, widths))],
  });
}

function dataRow(row: TTableRow, columns: TTableColumn[], widths: number[]): TableRow {
  const indent = { left: (row.indent ?? 0) * INDENT_TWIPS };
  if (row.kind === 'note') {
    const text = runs(row.text, { ...TONE_RUN[row.tone], size: TABLE_FONT_SIZE });
    return new TableRow({
      children: [new TableCell({ columnSpan: columns.length, width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ indent, children: text })] })],
    });
  }
  const style: IRunOptions = { ...TONE_RUN[row.tone ?? 'normal'], ...(row.emphasis ? { bold: true } : {}), size: TABLE_FONT_SIZE };
  return new TableRow({
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          children: [
            new Paragraph({
              indent: i === 0 ? indent : undefined,
              alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: runs(row.cells[i] ?? '', style),
            }),
          ],
        }),
    ),
  });
}

function columnWidths(columns: TTableColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  return columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total));
}
