// "Svar – Intern rapport" as the shared document blocks (issue 16), so the tagged PDF and the Word document are the
// same layout (intern-rapport-layout.ts) as the plain text and the HTML, in the same words and order. The report's
// title is the document's title; the overview, the fixed blocks and each question are headings of level 1; a
// question's answers are one table per category, headed by the category and "Svar" as the printout's are.
//
// The blocks have no row header cell (the HTML's `<th scope="row">` for the respondent's name) and no link (an
// attachment's URL is printed as text on the line under its file name, as the plain text does).
import type { TInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import type { TDocBlock, TTableColumn } from '../../blocks/document-blocks.ts';
import { internRapportLayout, type TAnswerPart, type TInternRapportPrintOptions, type TReportTable } from './intern-rapport-layout.ts';
import type { TPrintableQuestion } from './printable-question.ts';

// The name takes a third of the row: long answers need the room, names rarely wrap at that width.
const NAME_WEIGHT = 1;
const ANSWER_WEIGHT = 2;

export function internRapportBlocks(report: TInternRapport, questions?: readonly TPrintableQuestion[], options?: TInternRapportPrintOptions): TDocBlock[] {
  const layout = internRapportLayout(report, questions, options);
  const blocks: TDocBlock[] = [
    { kind: 'title', text: layout.title, subtitle: layout.subtitle },
    { kind: 'paragraph', text: layout.dateLine },
    { kind: 'heading', level: 1, text: layout.overview.heading },
  ];
  for (const category of layout.overview.categories) {
    blocks.push({ kind: 'heading', level: 2, text: category.label }, { kind: 'list', items: category.names.map((name) => ({ marker: '•', text: name, level: 0 })) });
  }
  for (const fixed of layout.fixedBlocks) blocks.push({ kind: 'heading', level: 1, text: fixed.heading }, { kind: 'paragraph', text: fixed.text });
  // The printout repeats the title before the first block; a paragraph, since the document has one title.
  if (layout.questions.length > 0) blocks.push({ kind: 'paragraph', text: layout.title });
  for (const question of layout.questions) {
    blocks.push({ kind: 'heading', level: 1, text: question.heading }, ...question.tables.map(tableBlock));
    if (question.closing) blocks.push({ kind: 'paragraph', text: question.closing });
  }
  return blocks;
}

/** The category heads the name column, as on the printout; a caption would only say it twice. */
function tableBlock(table: TReportTable): TDocBlock {
  const columns: TTableColumn[] = [
    { header: table.category, weight: NAME_WEIGHT },
    { header: 'Svar', weight: ANSWER_WEIGHT },
  ];
  return { kind: 'table', caption: null, columns, rows: table.rows.map((row) => ({ kind: 'cells', cells: [row.respondent.name, answerText(row.parts)] })) };
}

/** The answer's parts in the layout's order, one per line; an empty line sets the comment and the attachments apart. */
function answerText(parts: readonly TAnswerPart[]): string {
  return parts
    .flatMap((part, i) => {
      const apart = i > 0 ? [''] : [];
      switch (part.kind) {
        case 'option':
          return [`Alternativ ${part.number}: ${part.text}`];
        case 'other':
          return [`Annet: ${oneLine(part.text)}`];
        case 'value':
          return [paragraphs(part.text)];
        case 'comment':
          return [...apart, paragraphs(part.text)];
        case 'municipalities':
          return part.groups.map((group) => (group.names === null ? group.county : `${group.county}: ${group.names.join(', ')}`));
        case 'attachments':
          return [...apart, 'Vedlegg:', ...part.files.flatMap((file) => [oneLine(file.name), ...(file.url ? [file.url] : [])])];
      }
    })
    .join('\n');
}

/** The respondent's lines as written; a run of empty lines is one, and none at either end. */
const paragraphs = (text: string) =>
  text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
