// A decision letter (tilsagnsbrev, avslag) as format-neutral blocks (ADR 024; the model is
// src/documents/forum/innstilling-document.ts): the PDF and the Word document only translate them, so they cannot say
// different things. Built from the letter's one source (src/domain/tilsagn/letter-content.ts), whose words are all in
// the letter's language — nothing here adds text of its own.
import type { TAmountTable, TLetterBlock, TLetterContent } from '../../domain/tilsagn/letter-content.ts';
import type { TDocBlock, TTableColumn } from '../blocks/document-blocks.ts';

function amountsBlock(table: TAmountTable): TDocBlock {
  const columns: TTableColumn[] = table.columns.map((header, i) => (i === 0 ? { header, weight: 5 } : { header, weight: 2, align: 'right' }));
  return {
    kind: 'table',
    caption: table.caption,
    columns,
    rows: table.rows.map((r) => ({ kind: 'cells', cells: r.cells, emphasis: r.total })),
  };
}

function block(b: TLetterBlock): TDocBlock {
  switch (b.kind) {
    case 'heading':
      return { kind: 'heading', level: 1, text: b.text };
    case 'paragraph':
      return { kind: 'paragraph', text: b.text, tone: b.muted ? 'muted' : 'normal' };
    case 'list':
      return { kind: 'list', items: b.items.map((text) => ({ marker: '•', text, level: 0 })) };
    case 'amounts':
      return amountsBlock(b.table);
  }
}

/** The document number is on the first page (the reference facts under the title) and in every page's footer. */
export function letterDocument(c: TLetterContent): TDocBlock[] {
  return [
    { kind: 'title', text: c.title, subtitle: c.officeName },
    { kind: 'facts', rows: c.reference },
    { kind: 'facts', rows: c.recipients },
    ...c.blocks.map(block),
    { kind: 'paragraph', text: c.greeting },
    { kind: 'facts', rows: c.names },
  ];
}

/** The footer line of a page: "Dokument 2026/4-3 · side 1 av 2". */
export const letterFooter = (c: TLetterContent, page: number, pages: number) => `${c.footer.before}${page}${c.footer.between}${pages}`;
