// "Svar – Intern rapport" as plain text (issue 16, point 3): the spec's layout without what the PDF and its text
// extraction add (wrapped lines, hyphen breaks, page breaks, links gathered at the page's foot), so that a person
// recognises the printed report, word for word. Each category's table is two columns: the respondent's name, and the
// answer beside it with its further lines under the answer column.
//
// The importer reads this text back (the round trip is tested). Blank lines mean nothing to it, since an extraction
// sprinkles them everywhere; where the printout has an empty paragraph that carries meaning — between the options and
// the comment, between paragraphs, before `Vedlegg:` — the line holds one space, as the extraction has it. An
// attachment's link stands on the line under its file name: plain text has no hyperlinks to hide it behind.
import type { TInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import { internRapportLayout, type TAnswerPart, type TInternRapportPrintOptions, type TReportTable } from './intern-rapport-layout.ts';
import type { TPrintableQuestion } from './printable-question.ts';

/** A line of one space: an empty paragraph of the printout. */
const SEPARATOR = ' ';
/** A name wider than this pushes its first answer line right rather than every row's. */
const WIDEST_NAME_COLUMN = 40;
const COLUMN_GAP = 3;

export function printInternRapportText(report: TInternRapport, questions?: readonly TPrintableQuestion[], options?: TInternRapportPrintOptions): string {
  const layout = internRapportLayout(report, questions, options);
  const lines: string[] = [layout.title, layout.subtitle, layout.dateLine, '', ''];
  lines.push(layout.overview.heading, '');
  for (const category of layout.overview.categories) lines.push(category.label, ...category.names.map((name) => `• ${name}`));
  lines.push('', '');
  layout.fixedBlocks.forEach((block, i) => lines.push(...(i > 0 ? [''] : []), block.heading, block.text));
  lines.push('', '');
  // Printed once before the first block, as on the printout's first question page.
  lines.push(layout.title, '');
  layout.questions.forEach((block, i) => {
    if (i > 0) lines.push('', '');
    lines.push(block.heading, '');
    const column = nameColumn(block.tables);
    block.tables.forEach((table, t) => lines.push(...(t > 0 ? [''] : []), ...tableLines(table, column)));
    if (block.closing) lines.push('', block.closing);
  });
  return `${lines.map((line) => (line === SEPARATOR ? line : line.trimEnd())).join('\n')}\n`;
}

/** One answer column for the whole block, so its tables line up. */
function nameColumn(tables: readonly TReportTable[]): number {
  const widest = Math.max(0, ...tables.flatMap((table) => [table.category.length, ...table.rows.map((row) => row.respondent.name.length)]));
  return Math.min(widest, WIDEST_NAME_COLUMN) + COLUMN_GAP;
}

function tableLines(table: TReportTable, column: number): string[] {
  const indent = ' '.repeat(column);
  const lines = [`${table.category.padEnd(column)}Svar`];
  for (const row of table.rows) {
    const answer = row.parts.flatMap((part, i) => partLines(part, i > 0));
    const name = row.respondent.name.padEnd(column - COLUMN_GAP);
    const first = answer[0] !== undefined && answer[0] !== SEPARATOR ? answer.shift()! : '';
    lines.push(`${name}${' '.repeat(COLUMN_GAP)}${first}`);
    lines.push(...answer.map((line) => (line === SEPARATOR ? line : `${indent}${line}`)));
  }
  return lines;
}

function partLines(part: TAnswerPart, afterOthers: boolean): string[] {
  const apart = afterOthers ? [SEPARATOR] : [];
  switch (part.kind) {
    case 'option':
      return [`Alternativ ${part.number}: ${part.text}`];
    case 'other':
      return [`Annet: ${oneLine(part.text)}`];
    case 'value':
      return paragraphLines(part.text);
    case 'comment':
      return [...apart, ...paragraphLines(part.text)];
    case 'municipalities':
      return part.groups.map((group) => (group.names === null ? group.county : `${group.county}: ${group.names.join(', ')}`));
    case 'attachments':
      return [...apart, 'Vedlegg:', ...part.files.flatMap((file) => [oneLine(file.name), ...(file.url ? [file.url] : [])])];
  }
}

/** A text's lines as given; a run of empty lines is one empty paragraph. */
function paragraphLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/).map((l) => l.trimEnd())) {
    if (line !== '') lines.push(line);
    else if (lines.length > 0 && lines[lines.length - 1] !== SEPARATOR) lines.push(SEPARATOR);
  }
  if (lines[lines.length - 1] === SEPARATOR) lines.pop();
  return lines;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
