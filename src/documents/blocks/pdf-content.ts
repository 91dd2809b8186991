// The document blocks as tagged PDF content: one translation per block kind into the structure elements a screen
// reader navigates by (H1–H4, P, L/LI, Table/TR/TH/TD with a Caption) and the flow items pdf-flow.ts lays out on
// pages. The title is the one H1; the blocks' headings 1–3 are H2–H4 below it.
import { CHECKED, NOT_ANSWERED, UNCHECKED, type TDocBlock, type TTableColumn, type TTableRow, type TTone } from './document-blocks.ts';
import { CONTENT_HEIGHT, CONTENT_WIDTH, drawLines, lineHeight, PAGE_MARGIN, wrapText, type Tagger, type TFlowItem, type TPdfDoc, type TStructElement, type TTextStyle } from './pdf-flow.ts';
import { rowItems, type TRowCell } from './pdf-table.ts';

export type TContentContext = {
  doc: TPdfDoc;
  tagger: Tagger;
  /** "Not answered" in the document's language. */
  notAnswered: string;
  /** The level of the last heading tagged (the title is 1): the next may go one deeper, no more. */
  headingDepth: number;
};

const BLACK = '#000000';
const MUTED = '#555555';
export const TEXT: TTextStyle = { face: 'normal', size: 9.5, color: BLACK };
const TITLE: TTextStyle = { face: 'bold', size: 16, color: BLACK };
const SUBTITLE: TTextStyle = { face: 'normal', size: 12, color: BLACK };
const HEADINGS: Record<1 | 2 | 3, { style: TTextStyle; before: number; after: number }> = {
  1: { style: { face: 'bold', size: 13, color: BLACK }, before: 16, after: 6 },
  2: { style: { face: 'bold', size: 11.5, color: BLACK }, before: 12, after: 4 },
  3: { style: { face: 'bold', size: 10, color: BLACK }, before: 8, after: 3 },
};
const LABEL: TTextStyle = { ...TEXT, face: 'bold' };
const CAPTION: TTextStyle = { ...TEXT, face: 'boldItalic' };
const TABLE_TEXT: TTextStyle = { ...TEXT, size: 8.5 };
export const FOOTER: TTextStyle = { face: 'normal', size: 7.5, color: MUTED };
const INDENT = 12;
const LIST_MARKER_WIDTH = 18;
const FACTS_LABEL_WIDTH = 190;

/** A tone on a style: muted is grey italic, a warning dark orange bold. */
export function toned(style: TTextStyle, tone: TTone = 'normal'): TTextStyle {
  const bold = style.face === 'bold' || style.face === 'boldItalic';
  if (tone === 'muted') return { ...style, face: bold ? 'boldItalic' : 'italic', color: MUTED };
  if (tone === 'warning') return { ...style, face: 'bold', color: '#9a3412' };
  return style;
}

function child(ctx: TContentContext, parent: TStructElement, type: string, options: PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' } = {}): TStructElement {
  const element = ctx.doc.struct(type, options);
  parent.add(element);
  return element;
}

type TTextOptions = { x?: number; width?: number; spaceBefore?: number; spaceAfter?: number; keepWithNext?: boolean };

/**
 * Text as one item a line, so a long answer runs on over pages: its first line is kept with the second and its
 * last with the one before (no line alone at a page's foot or head). `keepWithNext` makes it one item kept with
 * what follows (headings, labels).
 */
function textItems(ctx: TContentContext, element: TStructElement, tag: string, text: string, style: TTextStyle, options: TTextOptions = {}): TFlowItem[] {
  const { x = PAGE_MARGIN, width = CONTENT_WIDTH, spaceBefore = 0, spaceAfter = 0, keepWithNext = false } = options;
  const lines = wrapText(ctx.doc, text, style, width);
  const lh = lineHeight(style);
  const draw = (part: string[]) => (y: number) => ctx.tagger.content(element, tag, () => drawLines(ctx.doc, part, style, x, y, width));
  if (keepWithNext) return [{ height: lines.length * lh + spaceAfter, spaceBefore, keepWithNext, draw: draw(lines) }];
  return lines.map((line, i) => ({
    height: lh + (i === lines.length - 1 ? spaceAfter : 0),
    spaceBefore: i === 0 ? spaceBefore : 0,
    keepWithNext: lines.length > 1 && (i === 0 || i === lines.length - 2),
    draw: draw([line]),
  }));
}

/** List items (bullets, numbered points, ticked boxes): the marker as Lbl, the text as LBody, a line an item. */
function listItems(ctx: TContentContext, list: TStructElement, items: { marker: string; text: string; x: number }[], style: TTextStyle, spaceBefore: number): TFlowItem[] {
  return items.flatMap((item, n) => {
    const li = child(ctx, list, 'LI');
    const label = child(ctx, li, 'Lbl');
    const body = child(ctx, li, 'LBody');
    const textX = item.x + LIST_MARKER_WIDTH;
    const flow = textItems(ctx, body, 'LBody', item.text, style, { x: textX, width: PAGE_MARGIN + CONTENT_WIDTH - textX, spaceBefore: n === 0 ? spaceBefore : 2 });
    const first = flow[0]!;
    const drawText = first.draw;
    first.draw = (y) => {
      ctx.tagger.content(label, 'Lbl', () => drawLines(ctx.doc, [item.marker], style, item.x, y, LIST_MARKER_WIDTH));
      drawText(y);
    };
    return flow;
  });
}

/** Air under a table, before the next block's own space above. */
const spaceBelow = (height: number): TFlowItem => ({ height, spaceBefore: 0, keepWithNext: false, draw: () => {} });

export function blockItems(ctx: TContentContext, parent: TStructElement, block: TDocBlock): TFlowItem[] {
  switch (block.kind) {
    case 'title':
      ctx.headingDepth = 1;
      return [
        ...textItems(ctx, child(ctx, parent, 'H1'), 'H1', block.text, TITLE, { spaceAfter: 4, keepWithNext: true }),
        ...textItems(ctx, child(ctx, parent, 'P'), 'P', block.subtitle, SUBTITLE, { spaceAfter: 12 }),
      ];
    case 'heading': {
      const { style, before, after } = HEADINGS[block.level];
      // A form may go from a heading 1 straight to a 3 (a questionnaire's table under its section); the tags may not
      // skip a level (PDF/UA), so such a heading is tagged one below the last, whatever it looks like.
      ctx.headingDepth = Math.min(block.level + 1, ctx.headingDepth + 1);
      const tag = `H${ctx.headingDepth}`;
      return textItems(ctx, child(ctx, parent, tag), tag, block.text, style, { spaceBefore: before, spaceAfter: after, keepWithNext: true });
    }
    case 'paragraph':
      return textItems(ctx, child(ctx, parent, 'P'), 'P', block.text, toned(TEXT, block.tone), { spaceBefore: 6 });
    case 'field': {
      const div = child(ctx, parent, 'Div');
      return [
        ...textItems(ctx, child(ctx, div, 'P'), 'P', block.label, LABEL, { spaceBefore: 6, spaceAfter: 2, keepWithNext: true }),
        ...(block.answer === null
          ? textItems(ctx, child(ctx, div, 'P'), 'P', ctx.notAnswered || NOT_ANSWERED, toned(TEXT, 'muted'))
          : textItems(ctx, child(ctx, div, 'P'), 'P', block.answer, TEXT)),
      ];
    }
    case 'checkboxes': {
      const div = child(ctx, parent, 'Div');
      const boxes = block.items.map((item) => ({ marker: item.checked ? CHECKED : UNCHECKED, text: item.text, x: PAGE_MARGIN + INDENT }));
      return [...textItems(ctx, child(ctx, div, 'P'), 'P', block.label, LABEL, { spaceBefore: 6, spaceAfter: 2, keepWithNext: true }), ...listItems(ctx, child(ctx, div, 'L'), boxes, TEXT, 0)];
    }
    case 'list': {
      const items = block.items.map((item) => ({ marker: item.marker, text: item.text, x: PAGE_MARGIN + item.level * LIST_MARKER_WIDTH }));
      return listItems(ctx, child(ctx, parent, 'L'), items, TEXT, 6);
    }
    case 'facts':
      return [...factsItems(ctx, child(ctx, parent, 'Table'), block.rows), spaceBelow(4)];
    case 'table':
      return [...tableItems(ctx, child(ctx, parent, 'Table'), block.caption, block.columns, block.rows), spaceBelow(6)];
  }
}

/** Label–value pairs as a two-column table without rules: each label a row header (TH, scope Row). */
function factsItems(ctx: TContentContext, table: TStructElement, rows: { label: string; value: string }[]): TFlowItem[] {
  const valueX = PAGE_MARGIN + FACTS_LABEL_WIDTH;
  return rows.flatMap((row, i) => {
    const tr = child(ctx, table, 'TR');
    const cells: TRowCell[] = [
      { element: child(ctx, tr, 'TH', { scope: 'Row' }), tag: 'TH', text: row.label, style: LABEL, x: PAGE_MARGIN, width: FACTS_LABEL_WIDTH - 8 },
      { element: child(ctx, tr, 'TD'), tag: 'TD', text: row.value, style: TEXT, x: valueX, width: CONTENT_WIDTH - FACTS_LABEL_WIDTH },
    ];
    return rowItems(ctx, cells, { grid: false, padX: 0, padY: 1, spaceBefore: i === 0 ? 2 : 0, maxHeight: CONTENT_HEIGHT });
  });
}

/**
 * A table: its caption and header row kept with the first row, the header row repeated at the top of every page the
 * table goes on to, rows whole (one taller than a page is the only one cut, between lines).
 */
function tableItems(ctx: TContentContext, table: TStructElement, caption: string | null, columns: TTableColumn[], rows: TTableRow[]): TFlowItem[] {
  const widths = columnWidths(columns);
  const lefts = widths.map((_, i) => PAGE_MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const captionItems = caption ? textItems(ctx, child(ctx, table, 'Caption'), 'Caption', caption, CAPTION, { spaceBefore: 6, spaceAfter: 3, keepWithNext: true }) : [];
  const headerRow = child(ctx, table, 'TR');
  const headerCells: TRowCell[] = columns.map((c, i) => ({
    element: child(ctx, headerRow, 'TH', { scope: 'Column' }),
    tag: 'TH',
    text: c.header,
    style: { ...TABLE_TEXT, face: 'bold' },
    x: lefts[i]!,
    width: widths[i]!,
    align: c.align ?? 'left',
  }));
  // A header row is never cut: a page holds it, and one is left for the rows under it.
  const header = rowItems(ctx, headerCells, { grid: true, fill: '#e8e8e8', spaceBefore: caption ? 0 : 6, maxHeight: CONTENT_HEIGHT / 2 })[0]!;
  header.keepWithNext = true;
  const repeat: TFlowItem = { height: header.height, spaceBefore: 0, keepWithNext: false, draw: header.drawUntagged };
  const body = rows.flatMap((row) => {
    const tr = child(ctx, table, 'TR');
    const indent = (row.indent ?? 0) * INDENT;
    const cells: TRowCell[] =
      row.kind === 'note'
        ? [{ element: child(ctx, tr, 'TD'), tag: 'TD', text: row.text, style: toned(TABLE_TEXT, row.tone), x: lefts[0]!, width: CONTENT_WIDTH, indent, colSpan: columns.length }]
        : columns.map((c, i) => ({
            element: child(ctx, tr, 'TD'),
            tag: 'TD',
            text: row.cells[i] ?? '',
            style: toned(row.emphasis ? { ...TABLE_TEXT, face: 'bold' } : TABLE_TEXT, row.tone),
            x: lefts[i]!,
            width: widths[i]!,
            align: c.align ?? 'left',
            indent: i === 0 ? indent : 0,
          }));
    return rowItems(ctx, cells, { grid: true, spaceBefore: 0, maxHeight: CONTENT_HEIGHT - header.height, repeatAfterBreak: repeat });
  });
  return [...captionItems, header, ...body];
}

/** The page's text width shared out by the columns' weights. */
function columnWidths(columns: TTableColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  return columns.map((c) => (CONTENT_WIDTH * c.weight) / total);
}
