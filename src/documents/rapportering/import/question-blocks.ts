// Splits the printout after its front matter into question blocks: the header `<section>. Spørsmål: <text>` (one to
// three lines), one table per category (`<category> Svar`, the label split over up to three lines) and the closing
// line that counts who did not answer. Only such a header starts a block, only a category label starts a table: a
// comment line "3. november – fagdag: …" is text.
import { parseOthersPhrase } from '../../../domain/rapportering/count-words.ts';
import { editDistance, fold, isLabel } from './fuzzy.ts';
import type { TImportProblem } from './import-types.ts';
import { collapse, joinPrinted, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TCategoryTable = { category: string; line: number; lines: TPrintedLine[] };

export type TQuestionBlock = {
  section: number;
  line: number;
  text: string;
  tables: TCategoryTable[];
  /** The closing line's count of respondents who did not answer, with its line; null when it is left out. */
  closing: { count: number; line: number } | null;
  /** The last line number of the block (for progress). */
  lastLine: number;
};

const HEADER = /^(\d{1,2})\s*\.\s*([^\s:]{5,12})\s*:\s*(.*)$/;
const CLOSING = /instanse?r?\s+som\s+har\s+svart/i;

/** The section number and the text after the label, when the line starts a question block. */
export function questionHeader(raw: string): { section: number; rest: string } | null {
  const match = HEADER.exec(raw.trimStart());
  if (!match || !isLabel(match[2]!, 'Spørsmål')) return null;
  return { section: Number(match[1]), rest: raw.trimStart().slice(raw.trimStart().indexOf(':') + 1).replace(/^ /, '') };
}

/** The first line of each block, in file order. */
export function blockStarts(lines: readonly TPrintedLine[]): number[] {
  return lines.flatMap((line, index) => (line.kind === 'text' && questionHeader(line.raw) ? [index] : []));
}

/** How many text lines from `index` make up a `<category> Svar` label, and which category; null when none does. */
function categoryAt(lines: readonly TPrintedLine[], index: number, categories: readonly string[]) {
  let printed = '';
  for (let k = 0; k < 3; k++) {
    const line = lines[index + k];
    if (!line || line.kind !== 'text') return null;
    printed = k === 0 ? fold(line.raw) : `${printed} ${fold(line.raw)}`;
    // Labels are short: a longer line is an answer (and so are the lines after it).
    if (printed.length > LONGEST_LABEL) return null;
    for (const category of categories) {
      const label = tableLabel(category);
      if (printed === label || (label.length >= 15 && editDistance(printed, label, 2) <= 2)) return { category, consumed: k + 1 };
    }
  }
  return null;
}

const LONGEST_LABEL = 60;
const labels = new Map<string, string>();
function tableLabel(category: string): string {
  let label = labels.get(category);
  if (label === undefined) {
    label = fold(`${category} Svar`);
    labels.set(category, label);
  }
  return label;
}

function closingAt(line: TPrintedLine): number | null {
  const printed = collapse(line.raw);
  return CLOSING.test(printed) ? parseOthersPhrase(printed) : null;
}

export function readBlock(lines: readonly TPrintedLine[], categories: readonly string[], problems: TImportProblem[]): TQuestionBlock {
  const first = lines[0]!;
  const header = questionHeader(first.raw)!;
  const headerRaws = [header.rest];
  let i = 1;
  // The header wraps over up to three lines and ends at the separator; a lost separator ends it at the first table.
  while (i < lines.length && i < 4 && lines[i]!.kind === 'text' && !categoryAt(lines, i, categories) && closingAt(lines[i]!) === null) {
    headerRaws.push(lines[i]!.raw);
    i++;
  }
  const block: TQuestionBlock = {
    section: header.section,
    line: first.no,
    text: joinPrinted(headerRaws),
    tables: [],
    closing: null,
    lastLine: lines[lines.length - 1]?.no ?? first.no,
  };
  let table: TCategoryTable | null = null;
  let ended = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'link') continue;
    if (line.kind === 'end') {
      ended = true;
      table = null;
      continue;
    }
    if (line.kind === 'separator') {
      table?.lines.push(line);
      continue;
    }
    const category = ended ? null : categoryAt(lines, i, categories);
    if (category) {
      table = { category: category.category, line: line.no, lines: [] };
      block.tables.push(table);
      i += category.consumed - 1;
      continue;
    }
    const count = ended ? null : closingAt(line);
    if (count !== null) {
      block.closing = { count, line: line.no };
      table = null;
      // The closing line always wraps before its last word.
      const next = lines[i + 1];
      if (next?.kind === 'text' && /^sp.rsm.let\.?$/.test(fold(next.raw))) i++;
      continue;
    }
    if (table) {
      table.lines.push(line);
    } else {
      problems.push({ line: line.no, message: msg('rapportering.import.lineOutsideCategory', { text: collapse(line.raw) }) });
    }
  }
  return block;
}
