// A decision letter as a Word document: the same blocks as the PDF (letter-document.ts), with Word's heading styles
// so the navigation pane and screen readers see the structure, in the letter's language.
import type { TLetterContent } from '../../domain/tilsagn/letter-content.ts';
import { a4Document, blockElements, pageFooter } from '../blocks/docx-content.ts';
import { letterDocument } from './letter-document.ts';

export function renderVedtakLetterDocx(c: TLetterContent): Promise<Buffer> {
  return a4Document({
    properties: { title: c.title, subject: c.documentNumber, creator: c.officeName },
    locale: c.locale,
    footer: pageFooter(c.footer.before, c.footer.between),
    children: letterDocument(c).flatMap(blockElements),
  });
}
