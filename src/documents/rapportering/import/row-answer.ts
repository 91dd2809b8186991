// One row's answer, read by the kind of question. Choice rows print the chosen options (`Alternativ N: …`, wrapped),
// then `Annet: …`, then — after a line of one space — the comment's paragraphs. Text and number rows are the value;
// any row may end in a `Vedlegg:` list (the file names; their links are matched per page later). The known option
// texts tell a wrapped option from a line that does not belong to it, and a text that differs from the form's is
// reported: that is how lines shuffled inside a block are noticed.
import type { TReportQuestion, TReportQuestionKind } from '../../../domain/rapportering/questionnaire-2022-2023.ts';
import { parseWholeNumber } from './amount.ts';
import { fold, isLabel, isNearly } from './fuzzy.ts';
import type { TImportProblem } from './import-types.ts';
import { collapse, joinPrinted, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TRowAnswer = {
  options: number[];
  optionTexts: { number: number; text: string }[];
  other: string | null;
  comment: string | null;
  value: string | number | null;
  /** The answer's own lines for the municipalities question (read by municipalities.ts). */
  answerLines: TPrintedLine[];
  /** The lines after `Vedlegg:`. */
  attachmentLines: TPrintedLine[];
};

const OPTION = /^(\S+)\s+(\d{1,3})\s*:\s?(.*)$/s;
const OTHER = /^(\S+?)\s*:\s?(.*)$/s;

export function optionLine(raw: string): { number: number; rest: string } | null {
  const match = OPTION.exec(raw.trimStart());
  return match && isLabel(match[1]!, 'Alternativ') ? { number: Number(match[2]), rest: match[3]! } : null;
}

export function otherLine(raw: string): string | null {
  const match = OTHER.exec(raw.trimStart());
  return match && isLabel(match[1]!, 'Annet') ? match[2]! : null;
}

/** Whether `Alternativ N:` stands anywhere on the line (after a respondent's name, say): how an unknown question
 * shows it has options. */
export function mentionsOption(raw: string): boolean {
  return [...raw.matchAll(/(?:^|\s)(\S+)\s+\d{1,3}\s*:/g)].some((m) => isLabel(m[1]!, 'Alternativ'));
}

/** The first line of an answer to a question of this kind (guards row starts inside comments). Only choice rows have
 * a fixed start; a number question's answer may be text ("ca. 200 000"). */
export function answerStartFor(kind: TReportQuestionKind): (text: string) => boolean {
  if (kind === 'choice') return (text) => optionLine(text) !== null || otherLine(text) !== null;
  return () => true;
}

function isVedlegg(line: TPrintedLine): boolean {
  return line.kind === 'text' && /^\S+\s*:$/.test(line.raw.trim()) && isLabel(line.raw.trim().replace(/\s*:$/, ''), 'Vedlegg');
}

export function readRowAnswer(question: TReportQuestion, respondentName: string, rowLines: readonly TPrintedLine[], problems: TImportProblem[]): TRowAnswer {
  const vedleggAt = rowLines.findIndex(isVedlegg);
  const own = vedleggAt < 0 ? rowLines : rowLines.slice(0, vedleggAt);
  const attachmentLines = vedleggAt < 0 ? [] : rowLines.slice(vedleggAt + 1).filter((l) => l.kind === 'text');
  const text = own.filter((l) => l.kind === 'text');
  const answer: TRowAnswer = { options: [], optionTexts: [], other: null, comment: null, value: null, answerLines: text, attachmentLines };
  if (question.kind === 'municipalities') return answer;
  if (question.kind === 'choice') {
    readChoice(question, respondentName, own, answer, problems);
    return answer;
  }
  const value = joinPrinted(text.map((l) => l.raw));
  if (question.kind === 'integer') {
    const n = parseWholeNumber(value);
    if (n === null) {
      problems.push({ line: text[0]?.no ?? 0, message: msg('rapportering.import.notWholeNumber', { respondent: respondentName, id: question.id, value }) });
    }
    answer.value = n ?? value;
  } else {
    answer.value = value;
  }
  return answer;
}

function readChoice(question: TReportQuestion, name: string, lines: readonly TPrintedLine[], answer: TRowAnswer, problems: TImportProblem[]) {
  const items: { number: number | null; line: number; raws: string[] }[] = [];
  const comment: string[] = [];
  let inComment = false;
  for (const line of lines) {
    if (line.kind !== 'text') {
      // The line of one space after the options starts the comment.
      if (items.length > 0 || comment.length > 0) inComment = true;
      continue;
    }
    const option = optionLine(line.raw);
    const other = option ? null : otherLine(line.raw);
    if (inComment) {
      if (option) problems.push({ line: line.no, message: msg('rapportering.import.optionAfterComment', { number: option.number, respondent: name }) });
      comment.push(line.raw);
      continue;
    }
    const current = items[items.length - 1];
    if (option) {
      if (current?.number === null) problems.push({ line: line.no, message: msg('rapportering.import.optionAfterOther', { number: option.number, respondent: name }) });
      items.push({ number: option.number, line: line.no, raws: [option.rest] });
    } else if (other !== null) {
      items.push({ number: null, line: line.no, raws: [other] });
    } else if (current && !optionComplete(question, current)) {
      current.raws.push(line.raw);
    } else {
      problems.push({ line: line.no, message: msg('rapportering.import.lineOutsideOption', { respondent: name, text: collapse(line.raw) }) });
      comment.push(line.raw);
    }
  }
  for (const item of items) {
    const printed = joinPrinted(item.raws);
    if (item.number === null) {
      answer.other = answer.other === null ? printed : `${answer.other} ${printed}`;
      continue;
    }
    checkOption(question, name, item.number, item.line, printed, answer.options, problems);
    answer.options.push(item.number);
    answer.optionTexts.push({ number: item.number, text: printed });
  }
  answer.comment = comment.length > 0 ? joinPrinted(comment) : null;
  if (answer.other === '') answer.other = null;
}

/** A known option whose printed text is already whole takes no more lines. */
function optionComplete(question: TReportQuestion, item: { number: number | null; raws: string[] }): boolean {
  if (item.number === null) return false;
  const known = question.options?.[item.number];
  return typeof known === 'string' && fold(joinPrinted(item.raws)) === fold(known);
}

function checkOption(question: TReportQuestion, name: string, number: number, line: number, printed: string, chosen: number[], problems: TImportProblem[]) {
  const last = chosen[chosen.length - 1];
  if (chosen.includes(number) || (last !== undefined && number < last)) {
    problems.push({ line, message: msg('rapportering.import.optionOrder', { number, respondent: name }) });
  }
  if (!question.options) return;
  if (!(number in question.options)) {
    problems.push({ line, message: msg('rapportering.import.optionUnknown', { id: question.id, number, respondent: name }) });
    return;
  }
  const known = question.options[number];
  if (typeof known === 'string' && !isNearly(printed, known)) {
    problems.push({ line, message: msg('rapportering.import.optionText', { number, respondent: name, text: printed }) });
  }
}
