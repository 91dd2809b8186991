// A repayment claim letter as format-neutral blocks, laid out as the decision letters are (the title with the
// office, the reference facts, the addressee, the body, the greeting and the case officer): the PDF and the Word
// document only translate them, so they cannot say different things. Built from the claim's one source
// (src/domain/utbetaling/claim-letter-content.ts), whose words are all in the letter's language.
import type { TLetterBlock } from '../../domain/tilsagn/letter-content.ts';
import type { TClaimLetterContent } from '../../domain/utbetaling/claim-letter-content.ts';
import type { TDocBlock } from '../blocks/document-blocks.ts';

function block(b: TLetterBlock): TDocBlock {
  switch (b.kind) {
    case 'heading':
      return { kind: 'heading', level: 1, text: b.text };
    case 'paragraph':
      return { kind: 'paragraph', text: b.text, tone: b.muted ? 'muted' : 'normal' };
    case 'list':
      return { kind: 'list', items: b.items.map((text) => ({ marker: '•', text, level: 0 })) };
    case 'amounts':
      // A claim states one amount in its text; it has no tables.
      throw new Error('A claim letter has no amount table');
  }
}

/** The document number is on the first page (the reference facts under the title) and in every page's footer. */
export function claimLetterDocument(c: TClaimLetterContent): TDocBlock[] {
  return [
    { kind: 'title', text: c.title, subtitle: c.officeName },
    { kind: 'facts', rows: c.reference },
    { kind: 'facts', rows: c.recipients },
    ...c.blocks.map(block),
    { kind: 'paragraph', text: c.greeting },
    { kind: 'facts', rows: c.names },
  ];
}

/** The footer line of a page: "Dokument 2026/4-9 · side 1 av 1". */
export const claimLetterFooter = (c: TClaimLetterContent, page: number, pages: number) => `${c.footer.before}${page}${c.footer.between}${pages}`;
