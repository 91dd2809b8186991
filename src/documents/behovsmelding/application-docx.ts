// The submitted behovsmelding as a Word document, for offices that edit or quote it in their case handling: the
// same blocks as the PDF (application-document.ts), with Word's own heading styles so the navigation pane and
// screen readers see the structure.
import { Document, Footer, Packer, PageNumber, Paragraph, AlignmentType, TextRun } from 'docx';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { applicationDocument, documentTitle } from './application-document.ts';
import { blockElements, PAGE_MARGIN_TWIPS } from './docx-content.ts';

export async function renderApplicationDocx(snapshot: TApplicationSnapshot): Promise<Buffer> {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${snapshot.documentNumber} · ${snapshot.partnership.name} · side `, size: 15, color: '555555' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '555555' }),
          new TextRun({ text: ' av ', size: 15, color: '555555' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: '555555' }),
        ],
      }),
    ],
  });
  const doc = new Document({
    title: documentTitle(snapshot),
    subject: snapshot.partnership.name,
    creator: snapshot.submittedByName,
    description: `Dokumentnummer ${snapshot.documentNumber}`,
    // Sizes as in the PDF (half-points): title 16 pt, headings 13 / 11.5 / 10 pt, text 10 pt.
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 20, language: { value: 'nb-NO' } } },
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
        footers: { default: footer },
        children: applicationDocument(snapshot).flatMap(blockElements),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
