// For tests: the text of a PDF as a PDF reader sees it, parsed by pdf.js (the legacy build runs in Node without a
// DOM). Checking the rendered bytes this way proves the text is really in the document, with its glyphs.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page: items joined by spaces, a line break where pdf.js sees the end of a line. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Whitespace of any kind (no-break spaces in amounts, line breaks in narrow cells) as one plain space. */
export const normalised = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Without any whitespace: a phrase wrapped inside a narrow table cell, even mid-word, still matches. */
export const compact = (text: string) => text.replace(/[\s\u00a0]+/g, '');
