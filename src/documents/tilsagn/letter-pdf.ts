// A decision letter as a tagged PDF (A4, PDF/UA): the blocks of letter-document.ts rendered by
// blocks/pdf-document.ts, in the letter's language (nb-NO, nn-NO, se-NO) with its title in the reader's title bar.
import type { TLetterContent } from '../../domain/tilsagn/letter-content.ts';
import { renderBlocksPdf } from '../blocks/pdf-document.ts';
import { letterDocument, letterFooter } from './letter-document.ts';

/** `now`: the PDF's own date (the time, so rendering the issued letter again gives the same bytes). */
export function renderVedtakLetterPdf(c: TLetterContent, now: Date): Promise<Buffer> {
  return renderBlocksPdf(letterDocument(c), {
    title: c.title,
    subject: c.documentNumber,
    author: c.officeName,
    lang: c.locale,
    date: now,
    footer: (page, pages) => letterFooter(c, page, pages),
  });
}
