// The document blocks as a tagged PDF (PDF/UA-1) on A4, made with pdfkit: a structure tree in reading order (the
// blocks' order) with headings, lists and tables, the document's language, its title shown in the reader's title
// bar, and page footers as artifacts. pdfmake, used before, cannot tag (issue 12, point 12).
//
// The output is a function of the input: dates come from the document (the submission), never the clock, and pdfkit
// derives the file id from them, so the same blocks give the same bytes in a worker thread and in-thread.
import PDFDocument from 'pdfkit';
import type { TDocBlock } from './document-blocks.ts';
import { blockItems, FOOTER } from './pdf-content.ts';
import { A4, CONTENT_WIDTH, drawLines, layOut, PAGE_MARGIN, Tagger, wrapText, type TPdfDoc } from './pdf-flow.ts';
import { PDF_FONT_FILES } from './pdf-fonts.ts';

export type TPdfDocument = {
  title: string;
  subject?: string;
  author?: string;
  /** BCP 47, as nb-NO: the language a screen reader reads the document in. */
  lang: string;
  /** The document's own date (its submission): the PDF's creation and modification date. */
  date: Date;
  /** The footer line of a page ("… side 2 av 5"). */
  footer: (page: number, pages: number) => string;
  /** "Not answered" in the document's language (default Bokmål). */
  notAnswered?: string;
};

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata without escaping them: a partnership named "A & B"
 * would make that XML invalid. The Info dictionary is written before the XMP, so escaping only while the XMP is
 * built leaves the Info strings as they are.
 */
function escapeXmpInfo(doc: TPdfDoc) {
  const internals = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = internals._addInfo;
  internals._addInfo = () => {
    const info = internals.info;
    internals.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlEscape(value) : value]));
    try {
      addInfo.call(internals);
    } finally {
      internals.info = info;
    }
  };
}

/** Every page's footer, centred under the text, as a pagination artifact (not part of the reading order). */
function drawFooters(doc: TPdfDoc, tagger: Tagger, footer: TPdfDocument['footer']) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const lines = wrapText(doc, footer(i + 1, count), FOOTER, CONTENT_WIDTH);
    tagger.artifact('Pagination', () => drawLines(doc, lines, FOOTER, PAGE_MARGIN, A4.height - PAGE_MARGIN + 20, CONTENT_WIDTH, 'center'));
  }
}

export function renderBlocksPdf(blocks: TDocBlock[], meta: TPdfDocument): Promise<Buffer> {
  // A date that is not one (a snapshot's unreadable time) would break pdfkit's metadata; a fixed one keeps the
  // output a function of the input, where pdfkit's own default would be the clock.
  const date = Number.isNaN(meta.date.getTime()) ? new Date(0) : meta.date;
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    pdfVersion: '1.7',
    // @types/pdfkit lists the PDF/A subsets only; pdfkit 0.19 also knows PDF/UA (the pdfuaid in the XMP metadata).
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    // Footers are drawn when the page count is known, after the text.
    bufferPages: true,
    // The first font given here, so pdfkit never loads its default Helvetica (not embedded, which PDF/UA forbids).
    font: PDF_FONT_FILES.normal,
    info: {
      Title: meta.title,
      ...(meta.subject ? { Subject: meta.subject } : {}),
      ...(meta.author ? { Author: meta.author } : {}),
      Creator: 'Kompetanseløft',
      Producer: 'Kompetanseløft (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeXmpInfo(doc);

  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const tagger = new Tagger(doc);
  const ctx = { doc, tagger, notAnswered: meta.notAnswered ?? '', headingDepth: 1 };
  const items = blocks.flatMap((block) => blockItems(ctx, root, block));
  layOut(doc, tagger, items);
  drawFooters(doc, tagger, meta.footer);
  root.end();
  doc.end();
  return done;
}
