// The importer of old "Svar – Intern rapport" printouts (issue 16, point 4): a text extraction (as pdftotext makes it)
// in, the report's structured form (the samples' *.expected.json) out, with every line it could not place reported
// by number. Pure — text in, data out — so the CLI, the upload page and the tests use it alike. It never throws: a
// damaged block is reported and the others still import exactly, since each block is read on its own.
import { INTERN_RAPPORT_CATEGORIES, type TInternRapportAnswer } from '../../../domain/rapportering/intern-rapport.ts';
import { QUESTIONS_2022_2023, type TReportQuestion } from '../../../domain/rapportering/questionnaire-2022-2023.ts';
import { resolveAttachments, type TPendingAttachments } from './attachments.ts';
import { readFrontMatter } from './front-matter.ts';
import { fold } from './fuzzy.ts';
import type { TImportedQuestion, TImportOptions, TImportProblem, TInternRapportImport, TMunicipalityCounty } from './import-types.ts';
import { printedCounties, readMunicipalities } from './municipalities.ts';
import { collapse, readPrintedLines, type TPrintedLine } from './printed-lines.ts';
import { blockStarts, readBlock, type TQuestionBlock } from './question-blocks.ts';
import { QuestionMatcher } from './question-match.ts';
import { splitRows } from './respondent-rows.ts';
import { answerStartFor, mentionsOption, readRowAnswer } from './row-answer.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type { TImportOptions, TImportProblem, TInternRapportImport } from './import-types.ts';

export function importInternRapport(text: string, options: TImportOptions = {}): TInternRapportImport {
  const problems: TImportProblem[] = [];
  const result: TInternRapportImport = {
    report: { title: '', date: '', respondents: [], answers: [] },
    questions: [],
    municipalityCounties: [],
    problems,
  };
  let total = 0;
  try {
    const read = readPrintedLines(text);
    total = read.total;
    for (const no of read.strayCharacters) problems.push({ line: no, message: msg('rapportering.import.strayCharacters') });
    const starts = blockStarts(read.lines);
    const front = readFrontMatter(read.lines.slice(0, starts[0] ?? read.lines.length), problems);
    Object.assign(result.report, front);
    if (starts.length === 0) problems.push({ line: total, message: msg('rapportering.import.noQuestions') });
    const pending = readBlocks(read.lines, starts, result, options, problems);
    resolveAttachments(pending, read.lines.filter((l) => l.kind === 'link'), problems);
  } catch (error) {
    // A bug must not cost the user the import: what was read stays, the rest is reported.
    problems.push({ line: 0, message: msg('rapportering.import.programError', { detail: error instanceof Error ? error.message : String(error) }) });
  }
  options.onProgress?.(total, total);
  problems.sort((a, b) => a.line - b.line);
  return result;
}

/** Reads the question blocks into the result; gives back the attachment lists, whose links are matched per page. */
function readBlocks(lines: readonly TPrintedLine[], starts: readonly number[], result: TInternRapportImport, options: TImportOptions, problems: TImportProblem[]) {
  const questionnaire = options.questions ?? QUESTIONS_2022_2023;
  const matcher = new QuestionMatcher(questionnaire);
  const { respondents } = result.report;
  const categories = [...new Set([...respondents.map((r) => r.category), ...INTERN_RAPPORT_CATEGORIES])];
  const pending: TPendingAttachments[] = [];
  const total = lines[lines.length - 1]?.no ?? 0;
  const titleCounty = result.report.title.split(/\s+[-–]\s+/)[0] ?? '';
  starts.forEach((start, b) => {
    const blockLines = lines.slice(start, starts[b + 1] ?? lines.length);
    try {
      const block = readBlock(blockLines, categories, problems);
      readOneBlock(block, matcher, titleCounty, result, pending, options, problems);
      options.onProgress?.(block.lastLine, total);
    } catch (error) {
      problems.push({ line: blockLines[0]?.no ?? 0, message: msg('rapportering.import.questionUnreadable', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  });
  reportMissingQuestions(questionnaire, result.questions, total, problems);
  return pending;
}

/** A question of the form that the printout lacks is a block lost (cut out, damaged past recognition, or a truncated
 * file) — or a question the printed year's form did not have: either way the person importing should know. Reported
 * at an unrecognised block standing where the question belongs, else at the next question read. */
function reportMissingQuestions(questionnaire: readonly TReportQuestion[], read: readonly TImportedQuestion[], lastLine: number, problems: TImportProblem[]) {
  const lineOf = new Map(read.filter((q) => q.known).map((q) => [q.id, q.line]));
  questionnaire.forEach((question, index) => {
    if (lineOf.has(question.id)) return;
    const previous = questionnaire.slice(0, index).findLast((q) => lineOf.has(q.id));
    const next = questionnaire.slice(index + 1).find((q) => lineOf.has(q.id));
    const after = previous ? lineOf.get(previous.id)! : 0;
    const before = next ? lineOf.get(next.id)! : Number.POSITIVE_INFINITY;
    const stranger = read.find((q) => !q.known && q.line > after && q.line < before);
    const text = collapse(question.text);
    if (stranger) {
      problems.push({ line: stranger.line, message: msg('rapportering.import.questionMissingHere', { id: question.id, text }) });
    } else {
      const message = next
        ? msg('rapportering.import.questionMissingBefore', { id: question.id, text, next: next.id })
        : msg('rapportering.import.questionMissingAtEnd', { id: question.id, text });
      problems.push({ line: next ? before : lastLine, message });
    }
  });
}

function readOneBlock(
  block: TQuestionBlock,
  matcher: QuestionMatcher,
  titleCounty: string,
  result: TInternRapportImport,
  pending: TPendingAttachments[],
  options: TImportOptions,
  problems: TImportProblem[],
) {
  const { respondents } = result.report;
  if (matcher.alreadyRead(block.text)) {
    problems.push({ line: block.line, message: msg('rapportering.import.questionRepeated', { text: block.text }) });
    return;
  }
  const known = matcher.known(block.text);
  const hasOptions = block.tables.some((t) => t.lines.some((l) => l.kind === 'text' && mentionsOption(l.raw)));
  const question: TReportQuestion = known ?? { id: matcher.unknownId(block.section), text: block.text, kind: hasOptions ? 'choice' : 'text' };
  const imported: TImportedQuestion = { id: question.id, section: block.section, text: block.text, known: known !== null, kind: question.kind, line: block.line, options: [] };
  result.questions.push(imported);

  const answers: TInternRapportAnswer[] = [];
  const counties = new Set([fold(titleCounty), ...block.tables.flatMap((t) => printedCounties(t.lines))]);
  const order = respondents.map((r) => r.category).filter((c, i, all) => all.indexOf(c) === i);
  let lastCategory = -1;
  for (const table of block.tables) {
    const position = order.indexOf(table.category);
    if (position < lastCategory) problems.push({ line: table.line, message: msg('rapportering.import.categoryOrder', { category: table.category }) });
    lastCategory = Math.max(lastCategory, position);
    const rows = splitRows(table, respondents, answerStartFor(question.kind), problems);
    if (rows.length === 0) problems.push({ line: table.line, message: msg('rapportering.import.categoryEmpty', { category: table.category }) });
    for (const row of rows) {
      const read = readRowAnswer(question, row.respondent.name, row.lines, problems);
      const answer: TInternRapportAnswer = {
        question: question.id,
        respondent: row.respondent.id,
        options: read.options,
        other: read.other,
        comment: read.comment,
        value: read.value,
        municipalities: null,
        attachments: [],
      };
      if (question.kind === 'municipalities') {
        answer.municipalities = readCountyGroups(read.answerLines, counties, titleCounty, answer, result.municipalityCounties, options, problems);
      }
      if (read.attachmentLines.length > 0) pending.push({ target: answer.attachments, lines: read.attachmentLines });
      for (const option of read.optionTexts) {
        if (!imported.options.some((o) => o.number === option.number)) imported.options.push(option);
      }
      const empty = read.options.length === 0 && read.other === null && read.comment === null && (read.value === null || read.value === '');
      if (empty && question.kind !== 'municipalities') {
        problems.push({ line: row.line, message: msg('rapportering.import.noAnswer', { respondent: row.respondent.name, id: question.id }) });
      }
      answers.push(answer);
    }
  }
  imported.options.sort((a, b) => a.number - b.number);
  checkCount(block, answers.length, respondents.length, problems);
  result.report.answers.push(...answers.sort((a, b) => a.respondent - b.respondent));
}

/** The municipalities of one row, and the county of each: by the reference data when it knows the name, else by the
 * printout's grouping. */
function readCountyGroups(
  lines: readonly TPrintedLine[],
  counties: ReadonlySet<string>,
  titleCounty: string,
  answer: TInternRapportAnswer,
  out: TMunicipalityCounty[],
  options: TImportOptions,
  problems: TImportProblem[],
): string[] {
  const groups = readMunicipalities(lines, counties, problems);
  // A county picked as a whole names no municipality to place.
  for (const group of groups.filter((g) => !g.countyOnly)) {
    for (const municipality of group.names) {
      const reference = options.countyOf?.(municipality);
      out.push({
        question: answer.question,
        respondent: answer.respondent,
        municipality,
        county: reference ?? countyAsWritten(group.county, titleCounty),
        source: reference ? 'reference' : 'printout',
      });
    }
  }
  return groups.flatMap((g) => g.names);
}

/** The closing line counts everybody of the report not listed in the block; when it disagrees, rows were lost. */
function checkCount(block: TQuestionBlock, listed: number, everybody: number, problems: TImportProblem[]) {
  const missing = everybody - listed;
  if (block.closing && block.closing.count !== missing) {
    problems.push({
      line: block.closing.line,
      message: msg('rapportering.import.closingCountMismatch', { count: block.closing.count, listed, everybody }),
    });
  } else if (!block.closing && missing > 0) {
    problems.push({ line: block.line, message: msg('rapportering.import.closingMissing', { listed, everybody }) });
  }
}

/** Counties are printed title-cased in the lists ("Troms Og Finnmark"); the title keeps the normal spelling. */
function countyAsWritten(printed: string, titleCounty: string): string {
  if (fold(printed) === fold(titleCounty)) return titleCounty;
  return printed.replace(/ Og /g, ' og ');
}
