// The pages before the first question block: the cover (title and date), "Svar oversikt" (the respondents by
// category, in the order every block's rows follow), the two fixed blocks and the title repeated before the first
// block. Each known line is placed; any other line is reported, never silently dropped.
import { INTERN_RAPPORT_CATEGORIES, type TInternRapportRespondent } from '../../../domain/rapportering/intern-rapport.ts';
import { fold, isNearly } from './fuzzy.ts';
import type { TImportProblem } from './import-types.ts';
import { collapse, joinPrinted, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TFrontMatter = { title: string; date: string; respondents: TInternRapportRespondent[] };

const SUBTITLE = /^svar\s*[-–—]\s*intern\s*rapport$/;
const DATE = /^dato\s*:\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;
const OVERVIEW = /^svar\s*oversikt$/;
const CATEGORY = /^(.+?)\s*[-–—]\s*(\d+)\s+svar$/i;
const BULLET = /^[•·▪*-]\s*(.*)$/;
const FIXED_TEXTS = [
  'Ingen merknader til undersøkelsen',
  'Alle instansene som har sendt inn uttalelse har merknader.',
  'Irrelevante svar',
  'Ingen av uttalelsene er irrelevante.',
];

/** A printed category label, spelled as the known one it is close to ("Kommune (Offenlitg)" → "Kommune (Offentlig)"). */
export function knownCategory(label: string): string {
  return INTERN_RAPPORT_CATEGORIES.find((known) => isNearly(label, known) || fold(label) === fold(known)) ?? collapse(label);
}

export function readFrontMatter(lines: readonly TPrintedLine[], problems: TImportProblem[]): TFrontMatter {
  const text = lines.filter((line) => line.kind === 'text');
  const at = (pattern: RegExp) => text.findIndex((line) => pattern.test(fold(line.raw)));
  const subtitleAt = at(SUBTITLE);
  const dateAt = at(DATE);
  const overviewAt = at(OVERVIEW);
  const placed = new Set<number>();

  const coverEnd = [subtitleAt, dateAt, overviewAt].find((index) => index >= 0) ?? 0;
  const titleLines = text.slice(0, coverEnd);
  titleLines.forEach((line) => placed.add(line.no));
  const title = joinPrinted(titleLines.map((line) => line.raw));
  if (title === '') problems.push({ line: text[0]?.no ?? 1, message: msg('rapportering.import.noTitle') });
  if (subtitleAt >= 0) placed.add(text[subtitleAt]!.no);

  let date = '';
  const dateLine = text[dateAt];
  if (dateLine) {
    placed.add(dateLine.no);
    const [, day, month, year] = DATE.exec(fold(dateLine.raw)) ?? [];
    date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  } else {
    problems.push({ line: text[0]?.no ?? 1, message: msg('rapportering.import.noDate') });
  }

  const respondents: TInternRapportRespondent[] = [];
  if (overviewAt < 0) {
    problems.push({ line: text[0]?.no ?? 1, message: msg('rapportering.import.noOverview') });
  } else {
    const overviewLine = text[overviewAt]!;
    placed.add(overviewLine.no);
    readOverview(lines.slice(lines.indexOf(overviewLine) + 1), respondents, placed, problems);
  }

  // The title is printed once more before the first block, on that block's page (wrapped its own way): the last
  // lines before the block. A text without page ends (the app's own plain text) has the fixed blocks in the same run.
  const lastEnd = lines.findLastIndex((line) => line.kind === 'end');
  const repeated = lines.slice(lastEnd + 1).filter((line) => line.kind === 'text' && !placed.has(line.no));
  for (let k = 1; title !== '' && k <= Math.min(3, repeated.length); k++) {
    const tail = repeated.slice(-k);
    if (isNearly(joinPrinted(tail.map((line) => line.raw)), title)) {
      tail.forEach((line) => placed.add(line.no));
      break;
    }
  }

  for (const line of text) {
    if (placed.has(line.no)) continue;
    const printed = collapse(line.raw);
    if (FIXED_TEXTS.some((fixed) => isNearly(printed, fixed))) continue;
    problems.push({ line: line.no, message: msg('rapportering.import.lineNotRead', { text: printed }) });
  }
  return { title, date, respondents };
}

function readOverview(lines: readonly TPrintedLine[], respondents: TInternRapportRespondent[], placed: Set<number>, problems: TImportProblem[]) {
  let category: { label: string; count: number; line: number; names: string[][] } | null = null;
  const close = () => {
    if (!category) return;
    if (category.names.length !== category.count) {
      problems.push({
        line: category.line,
        message: msg('rapportering.import.categoryCount', { category: category.label, count: category.count, names: category.names.length }),
      });
    }
    for (const nameLines of category.names) {
      respondents.push({ id: respondents.length + 1, name: joinPrinted(nameLines), category: category.label });
    }
  };
  for (const line of lines) {
    // The overview has a page of its own, ended by a line of two spaces.
    if (line.kind === 'end') break;
    if (line.kind !== 'text') continue;
    const printed = collapse(line.raw);
    const header = CATEGORY.exec(printed);
    if (header && !BULLET.test(printed)) {
      close();
      category = { label: knownCategory(header[1]!), count: Number(header[2]), line: line.no, names: [] };
      placed.add(line.no);
      continue;
    }
    const bullet = BULLET.exec(printed);
    if (category && bullet) {
      category.names.push([bullet[1]!]);
      placed.add(line.no);
      continue;
    }
    // A long name wraps onto a line of its own, without a bullet.
    const last = category?.names[category.names.length - 1];
    if (last && !FIXED_TEXTS.some((fixed) => isNearly(printed, fixed))) {
      last.push(line.raw);
      placed.add(line.no);
      continue;
    }
    break;
  }
  close();
}
