// A repayment claim letter as a Word document: the same blocks as the PDF (claim-letter-document.ts), with Word's
// heading styles so the navigation pane and screen readers see the structure, in the letter's language.
import type { TClaimLetterContent } from '../../domain/utbetaling/claim-letter-content.ts';
import { a4Document, blockElements, pageFooter } from '../blocks/docx-content.ts';
import { claimLetterDocument } from './claim-letter-document.ts';

export function renderClaimLetterDocx(c: TClaimLetterContent): Promise<Buffer> {
  return a4Document({
    properties: { title: c.title, subject: c.documentNumber, creator: c.officeName },
    locale: c.locale,
    footer: pageFooter(c.footer.before, c.footer.between),
    children: claimLetterDocument(c).flatMap(blockElements),
  });
}
