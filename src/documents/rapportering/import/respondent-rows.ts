// Splits a category table into its rows. The extraction merges the two columns line by line: a short name shares
// its line with the answer's first line; a long name wraps, alone or interleaved with the answer ("Nordfjell
// Alternativ 4: …" / "fylkeskommune Annet: …"), and a page break may fall between its parts. The spec's rule decides
// what starts a row: only the next respondent(s) of the category in overview order, so a respondent's own name inside
// its comment, or a county name answered in 3.2 that is also the first part of the county council's name, stays text.
// Same-named respondents are taken in overview order (the spec's same-name rule: the first row to the lowest id).
import type { TInternRapportRespondent } from '../../../domain/rapportering/intern-rapport.ts';
import { fold } from './fuzzy.ts';
import type { TImportProblem } from './import-types.ts';
import { collapse, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TRow = {
  respondent: TInternRapportRespondent;
  /** The line the name starts on. */
  line: number;
  /** The answer's lines, the name taken off; separators kept (they end the options and part comment paragraphs). */
  lines: TPrintedLine[];
};

/** Does this text look like the first line of an answer to the question? Guards row starts in comments. */
export type TAnswerStart = (text: string) => boolean;

type TNameMatch = { rests: TPrintedLine[]; next: number };

/** The name's words (folded) at the start of `lines[at]`, continued on the following lines when it wraps. */
function matchName(lines: readonly TPrintedLine[], at: number, words: readonly string[], from = 0): TNameMatch | null {
  const line = lines[at];
  if (!line || line.kind !== 'text' || from >= words.length) return null;
  let rest = line.raw.trimStart();
  let matched = 0;
  while (from + matched < words.length) {
    const token = /^\S+/.exec(rest)?.[0];
    if (!token || fold(token) !== words[from + matched]) break;
    rest = rest.slice(token.length).trimStart();
    matched++;
  }
  if (matched === 0) return null;
  const here = { ...line, raw: rest };
  if (from + matched === words.length) return { rests: [here], next: at + 1 };
  // The name wraps: its next words start the next line (a third part at most).
  const more = matchName(lines, at + 1, words, from + matched);
  return more ? { rests: [here, ...more.rests], next: more.next } : null;
}

export function splitRows(
  table: { category: string; lines: readonly TPrintedLine[] },
  respondents: readonly TInternRapportRespondent[],
  answerStart: TAnswerStart,
  problems: TImportProblem[],
): TRow[] {
  const candidates = respondents.filter((r) => r.category === table.category);
  // Folded once: every line of the table is tried against the respondents still to come.
  const words = candidates.map((r) => r.name.split(/\s+/).filter(Boolean).map(fold));
  const lines = table.lines;
  const rows: TRow[] = [];
  let cursor = 0;
  let current: TRow | null = null;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.kind !== 'text') {
      current?.lines.push(line);
      continue;
    }
    const mayStart: boolean = !current || current.lines.some((l) => l.kind === 'text' && l.raw.trim() !== '');
    const start: TRowStart | null = mayStart ? findStart(lines, at, cursor, words, answerStart) : null;
    if (start) {
      current = { respondent: candidates[start.index]!, line: line.no, lines: start.match.rests.filter((l) => l.raw.trim() !== '') };
      rows.push(current);
      cursor = start.index + 1;
      at = start.match.next - 1;
      continue;
    }
    if (current) {
      current.lines.push(line);
    } else {
      problems.push({ line: line.no, message: msg('rapportering.import.lineWithoutRespondent', { category: table.category, text: collapse(line.raw) }) });
    }
  }
  return rows;
}

type TRowStart = { index: number; match: TNameMatch };

function findStart(lines: readonly TPrintedLine[], at: number, cursor: number, words: readonly string[][], answerStart: TAnswerStart): TRowStart | null {
  // A row starts with its name's first word: most respondents are ruled out without reading further.
  const firstWord = fold(/^\S*/.exec(lines[at]!.raw.trimStart())![0]);
  for (let index = cursor; index < words.length; index++) {
    if (words[index]![0] !== firstWord) continue;
    const match = matchName(lines, at, words[index]!);
    if (!match) continue;
    // The answer's first line: what follows the name on its lines, else the next text line.
    const first = match.rests.find((l) => l.raw.trim() !== '') ?? lines.slice(match.next).find((l) => l.kind === 'text');
    if (first && !answerStart(collapse(first.raw))) continue;
    return { index, match };
  }
  return null;
}
