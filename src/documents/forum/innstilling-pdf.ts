// The innstilling as a tagged PDF (A4): the blocks of innstilling-document.ts rendered by blocks/pdf-document.ts.
import type { TInnstillingContent } from '../../domain/forum/innstilling-content.ts';
import { renderBlocksPdf } from '../blocks/pdf-document.ts';
import { innstillingDocument, innstillingTitle } from './innstilling-document.ts';

export function renderInnstillingPdf(c: TInnstillingContent, printedAt: Date): Promise<Buffer> {
  return renderBlocksPdf(innstillingDocument(c), {
    title: innstillingTitle(c),
    subject: `Samarbeidsforumet – ${c.officeName}`,
    author: `Samarbeidsforumet – ${c.officeName}`,
    lang: 'nb-NO',
    // The adoption's time when adopted: rendering the adopted innstilling twice gives the same document.
    date: c.adoptedAt ? new Date(c.adoptedAt) : printedAt,
    footer: (page, pages) => `${innstillingTitle(c)} · ${c.state === 'vedtatt' ? 'vedtatt' : 'utkast'} · side ${page} av ${pages}`,
  });
}
