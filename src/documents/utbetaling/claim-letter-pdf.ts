// A repayment claim letter as a tagged PDF (A4, PDF/UA): the blocks of claim-letter-document.ts rendered by
// blocks/pdf-document.ts, in the letter's language (nb-NO, nn-NO) with its title in the reader's title bar.
import type { TClaimLetterContent } from '../../domain/utbetaling/claim-letter-content.ts';
import { renderBlocksPdf } from '../blocks/pdf-document.ts';
import { claimLetterDocument, claimLetterFooter } from './claim-letter-document.ts';

/** `now`: the PDF's own date (the claim's decision time, so rendering it again gives the same bytes). */
export function renderClaimLetterPdf(c: TClaimLetterContent, now: Date): Promise<Buffer> {
  return renderBlocksPdf(claimLetterDocument(c), {
    title: c.title,
    subject: c.documentNumber,
    author: c.officeName,
    lang: c.locale,
    date: now,
    footer: (page, pages) => claimLetterFooter(c, page, pages),
  });
}
