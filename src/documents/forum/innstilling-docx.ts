// The innstilling as a Word document: the same blocks as the PDF (innstilling-document.ts), with Word's heading
// styles so the navigation pane and screen readers see the structure.
import type { TInnstillingContent } from '../../domain/forum/innstilling-content.ts';
import { a4Document, blockElements, pageFooter } from '../blocks/docx-content.ts';
import { innstillingDocument, innstillingTitle } from './innstilling-document.ts';

export function renderInnstillingDocx(c: TInnstillingContent): Promise<Buffer> {
  return a4Document({
    properties: { title: innstillingTitle(c), subject: `Samarbeidsforumet – ${c.officeName}`, creator: `Samarbeidsforumet – ${c.officeName}` },
    locale: 'nb-NO',
    footer: pageFooter(`${innstillingTitle(c)} · side `, ' av '),
    children: innstillingDocument(c).flatMap(blockElements),
  });
}
