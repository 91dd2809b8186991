// A table row of the PDF as flow items: its cells' text wrapped in their columns, drawn as the cells' marked content
// over the row's rules and shading (artifacts). A row is one item, so a page break never cuts it; only a row taller
// than a page is cut, between lines, into items that each fit under the repeated header row.
import type { TContentContext } from './pdf-content.ts';
import { drawLines, lineHeight, wrapText, type TFlowItem, type TStructElement, type TTextStyle } from './pdf-flow.ts';

export type TRowCell = {
  element: TStructElement;
  tag: 'TH' | 'TD';
  text: string;
  style: TTextStyle;
  x: number;
  width: number;
  align?: 'left' | 'right';
  /** Detail lines are indented in their first cell. */
  indent?: number;
  /** A note row's one cell spans every column. */
  colSpan?: number;
};

type TRowOptions = {
  /** Rules around the cells (a data table) or none (label–value pairs). */
  grid: boolean;
  fill?: string;
  padX?: number;
  padY?: number;
  spaceBefore: number;
  /** The tallest a row may be before it is cut: the page less the repeated header row. */
  maxHeight: number;
  repeatAfterBreak?: TFlowItem;
};

/** A row item, which can also be drawn untagged: as the header row repeated on a new page (an artifact). */
export type TRowItem = TFlowItem & { drawUntagged: (y: number) => void };

const PAD_X = 4;
const PAD_Y = 2;
const RULE = 0.5;
const RULE_COLOR = '#9e9e9e';

/** The cell's attributes in the structure tree (pdfkit's options have Scope, not ColSpan). */
function setColSpan(element: TStructElement, colSpan: number) {
  const data = (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  data.A = { O: 'Table', ColSpan: colSpan };
}

export function rowItems(ctx: TContentContext, cells: TRowCell[], options: TRowOptions): TRowItem[] {
  const { doc, tagger } = ctx;
  const padX = options.padX ?? PAD_X;
  const padY = options.padY ?? PAD_Y;
  for (const cell of cells) if (cell.colSpan && cell.colSpan > 1) setColSpan(cell.element, cell.colSpan);
  const textWidth = (cell: TRowCell) => Math.max(1, cell.width - 2 * padX - (cell.indent ?? 0));
  const lines = cells.map((cell) => wrapText(doc, cell.text, cell.style, textWidth(cell)));
  const lh = Math.max(...cells.map((cell) => lineHeight(cell.style)));
  const lineCount = Math.max(1, ...lines.map((l) => l.length));
  const perPart = Math.max(1, Math.floor((options.maxHeight - 2 * padY) / lh));
  const left = Math.min(...cells.map((c) => c.x));
  const right = Math.max(...cells.map((c) => c.x + c.width));

  const parts: TRowItem[] = [];
  for (let from = 0; from < lineCount; from += perPart) {
    const to = Math.min(lineCount, from + perPart);
    const height = (to - from) * lh + 2 * padY;
    const frame = (y: number) => {
      doc.save();
      if (options.fill) doc.rect(left, y, right - left, height).fill(options.fill);
      if (options.grid) {
        doc.lineWidth(RULE).strokeColor(RULE_COLOR);
        for (const cell of cells) doc.rect(cell.x, y, cell.width, height).stroke();
      }
      doc.restore();
    };
    const paint = (y: number, tagged: boolean) => {
      if (options.grid || options.fill) {
        if (tagged) tagger.artifact('Layout', () => frame(y));
        else frame(y);
      }
      cells.forEach((cell, i) => {
        const part = lines[i]!.slice(from, to);
        if (part.every((line) => line === '')) return;
        const draw = () => drawLines(doc, part, cell.style, cell.x + padX + (cell.indent ?? 0), y + padY, textWidth(cell), cell.align);
        if (tagged) tagger.content(cell.element, cell.tag, draw);
        else draw();
      });
    };
    parts.push({
      height,
      spaceBefore: from === 0 ? options.spaceBefore : 0,
      keepWithNext: false,
      ...(options.repeatAfterBreak ? { repeatAfterBreak: options.repeatAfterBreak } : {}),
      draw: (y) => paint(y, true),
      drawUntagged: (y) => paint(y, false),
    });
  }
  return parts;
}
