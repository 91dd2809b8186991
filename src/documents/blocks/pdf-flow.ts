// The page layout under the PDF renderer: text measured and broken into lines here (so every page break is ours,
// never pdfkit's), a flow of items cut into pages with "keep with next" (a heading never ends a page) and a table's
// header row repeated after a break, and the tagging of what is drawn: each piece of text is marked content of its
// structure element, everything else (rules, shading, repeated headers, page footers) an artifact.
import { PDF_FONT_FILES, type TFontFace } from './pdf-fonts.ts';

export type TPdfDoc = PDFKit.PDFDocument;
export type TStructElement = PDFKit.PDFStructureElement;

export type TTextStyle = { face: TFontFace; size: number; color: string };

export const A4 = { width: 595.28, height: 841.89 };
export const PAGE_MARGIN = 50;
export const CONTENT_WIDTH = A4.width - 2 * PAGE_MARGIN;
const CONTENT_TOP = PAGE_MARGIN;
const CONTENT_BOTTOM = A4.height - PAGE_MARGIN;
export const CONTENT_HEIGHT = CONTENT_BOTTOM - CONTENT_TOP;
const LINE_SPACING = 1.3;
/** DejaVu Sans from the top of its ascender to the foot of its descender, in em: the glyphs' box on a line. */
const FONT_BOX_EM = 1.164;

/** The height of one line of text in a style (DejaVu's own line height is 1.16 em; a little air is added). */
export const lineHeight = (style: TTextStyle) => style.size * LINE_SPACING;

/**
 * Fonts are named by their file: pdfkit caches an opened font under the name it was asked for, except when it finds
 * the same font already open under another name (the document's first font), then it parses the file again on
 * every call. A path is the one name that always hits its cache.
 */
function applyStyle(doc: TPdfDoc, style: TTextStyle) {
  doc.font(PDF_FONT_FILES[style.face]).fontSize(style.size).fillColor(style.color);
}

/**
 * `text` broken into lines no wider than `width`: at its line breaks, then at spaces (a no-break space holds an
 * amount together), and a word wider than the line is broken between characters.
 */
export function wrapText(doc: TPdfDoc, text: string, style: TTextStyle, width: number): string[] {
  applyStyle(doc, style);
  const measure = (s: string) => doc.widthOfString(s);
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // Longer than a line (a URL, a long number): as many characters a line as fit.
      line = '';
      lineWidth = 0;
      for (const char of word) {
        const w = measure(char);
        if (line !== '' && lineWidth + w > width) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lines of text drawn from (x, y) down, aligned in `width`; empty lines take their height. */
export function drawLines(doc: TPdfDoc, lines: string[], style: TTextStyle, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left') {
  applyStyle(doc, style);
  const lh = lineHeight(style);
  lines.forEach((line, i) => {
    if (line === '') return;
    const free = width - doc.widthOfString(line);
    const left = align === 'right' ? x + free : align === 'center' ? x + free / 2 : x;
    // lineBreak false: pdfkit draws the line where it is told and never starts a page of its own.
    doc.text(line, left, y + i * lh + (lh - style.size * FONT_BOX_EM) / 2, { lineBreak: false });
  });
}

/**
 * Marked content per structure element. Consecutive drawing for the same element on the same page shares one
 * marked-content sequence (a long answer is one, not one per line); anything else closes it first.
 */
export class Tagger {
  private open: { element: TStructElement; page: PDFKit.PDFPage } | null = null;

  constructor(private readonly doc: TPdfDoc) {}

  content(element: TStructElement, tag: string, draw: () => void) {
    if (!this.open || this.open.element !== element || this.open.page !== this.doc.page) {
      this.close();
      element.add(this.doc.markStructureContent(tag));
      this.open = { element, page: this.doc.page };
    }
    draw();
  }

  /** Drawing that is not content (rules, shading) or repeats content (a header row, a page footer). */
  artifact(type: 'Layout' | 'Pagination', draw: () => void) {
    this.close();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  close() {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open = null;
  }
}

export type TFlowItem = {
  height: number;
  /** Space above the item, left out at the top of a page. */
  spaceBefore: number;
  /** Must start on the page the next item starts on: a heading, a label, a table's caption and header row. */
  keepWithNext: boolean;
  /** Drawn at the top of a page that this item starts after a break (a table's header row, as an artifact). */
  repeatAfterBreak?: TFlowItem;
  draw: (y: number) => void;
};

/**
 * What must fit on the page for item i to start there: the item and, while each one is kept with the next, those
 * after it (their first lines). A chain taller than a page is kept together only as far as a page holds it.
 */
function keptHeight(items: TFlowItem[], i: number): number {
  let height = items[i]!.height;
  for (let j = i; items[j]!.keepWithNext && j + 1 < items.length; j++) {
    const next = items[j + 1]!.spaceBefore + items[j + 1]!.height;
    if (height + next > CONTENT_HEIGHT) break;
    height += next;
  }
  return height;
}

/** Lays the items out over as many A4 pages as they take, the first page already started. */
export function layOut(doc: TPdfDoc, tagger: Tagger, items: TFlowItem[]) {
  let y = CONTENT_TOP;
  let pageEmpty = true;
  items.forEach((item, i) => {
    const space = pageEmpty ? 0 : item.spaceBefore;
    const repeated = item.repeatAfterBreak;
    if (!pageEmpty && y + space + keptHeight(items, i) > CONTENT_BOTTOM) {
      tagger.close();
      doc.addPage();
      y = CONTENT_TOP;
      if (repeated) {
        tagger.artifact('Pagination', () => repeated.draw(y));
        y += repeated.height;
      }
    } else {
      y += space;
    }
    item.draw(y);
    y += item.height;
    pageEmpty = false;
  });
  tagger.close();
}
