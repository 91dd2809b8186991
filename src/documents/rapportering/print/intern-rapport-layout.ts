// "Svar – Intern rapport" as format-neutral parts (issue 16, point 3), in the order and with the texts the spec
// (reference/rapporteringsskjema-kompetanseloftet-2022-2023.md, "The internal report") gives: cover, "Svar oversikt",
// the two fixed blocks, then one block per question in form order with a table per category and the closing line
// that counts who did not answer. The plain text (and later HTML, PDF and DOCX) only translate these parts, so the
// formats cannot drift apart in content or order. Pure: the structured form in, the parts out.
import { closingLine } from '../../../domain/rapportering/count-words.ts';
import type { TInternRapport, TInternRapportAnswer, TInternRapportAttachment, TInternRapportRespondent } from '../../../domain/rapportering/intern-rapport.ts';
import { QUESTIONS_2022_2023 } from '../../../domain/rapportering/questionnaire-2022-2023.ts';
import { countyGroups, type TCountyGroup, type TCountyOf } from './county-groups.ts';
import { optionText, sectionOf, type TPrintableQuestion } from './printable-question.ts';

/** What one row prints under its respondent's name, in this order. Texts keep their paragraphs (lines). */
export type TAnswerPart =
  | { kind: 'option'; number: number; text: string }
  | { kind: 'other'; text: string }
  | { kind: 'value'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'municipalities'; groups: TCountyGroup[] }
  | { kind: 'attachments'; files: TInternRapportAttachment[] };

export type TReportRow = { respondent: TInternRapportRespondent; parts: TAnswerPart[] };
export type TReportTable = { category: string; rows: TReportRow[] };
export type TReportQuestionBlock = {
  /** `2. Spørsmål: Oppgi navn …`: the printout shows the section number, never the question id. */
  heading: string;
  tables: TReportTable[];
  /** "Tre andre instanser som har svart …"; null when everybody answered. */
  closing: string | null;
};

export type TInternRapportLayout = {
  title: string;
  subtitle: string;
  dateLine: string;
  overview: { heading: string; categories: { label: string; names: string[] }[] };
  fixedBlocks: { heading: string; text: string }[];
  questions: TReportQuestionBlock[];
};

export type TInternRapportPrintOptions = {
  /** The county of a municipality by the reference data; a name it does not know is placed in the title's county. */
  countyOf?: TCountyOf;
};

export const INTERN_RAPPORT_SUBTITLE = 'Svar - Intern rapport';

// The printout's own texts, word for word: the office cannot edit them in the portal the report comes from.
const FIXED_BLOCKS = [
  { heading: 'Ingen merknader til undersøkelsen', text: 'Alle instansene som har sendt inn uttalelse har merknader.' },
  { heading: 'Irrelevante svar', text: 'Ingen av uttalelsene er irrelevante.' },
];

export function internRapportLayout(
  report: TInternRapport,
  questions: readonly TPrintableQuestion[] = QUESTIONS_2022_2023,
  options: TInternRapportPrintOptions = {},
): TInternRapportLayout {
  const respondents = [...report.respondents].sort((a, b) => a.id - b.id);
  const byCategory = groupByCategory(respondents);
  const answersOf = answersByQuestion(report, questions);
  const titleCounty = report.title.split(/\s+[-–]\s+/)[0] ?? '';
  const [year, month, day] = report.date.split('-');
  return {
    title: report.title,
    subtitle: INTERN_RAPPORT_SUBTITLE,
    dateLine: `Dato: ${day}.${month}.${year}`,
    overview: { heading: 'Svar oversikt', categories: byCategory.map(({ label, members }) => ({ label: `${label} – ${members.length} svar`, names: members.map((r) => r.name) })) },
    fixedBlocks: FIXED_BLOCKS,
    questions: questions.map((question) => {
      const answers = new Map((answersOf.get(question.id) ?? []).map((a) => [a.respondent, a]));
      const tables = byCategory
        .map(({ label, members }) => ({
          category: label,
          rows: members.flatMap((respondent) => {
            const answer = answers.get(respondent.id);
            return answer ? [{ respondent, parts: answerParts(question, answer, titleCounty, options) }] : [];
          }),
        }))
        // A category with nobody answering is left out of the block.
        .filter((table) => table.rows.length > 0);
      // The count is everybody of the report not listed in the block, also where a respondent skipped a whole section.
      const notAnswered = respondents.length - answers.size;
      return {
        heading: `${sectionOf(question)}. Spørsmål: ${question.text.trimEnd()}`,
        tables,
        closing: notAnswered > 0 ? closingLine(notAnswered) : null,
      };
    }),
  };
}

function answerParts(question: TPrintableQuestion, answer: TInternRapportAnswer, titleCounty: string, options: TInternRapportPrintOptions): TAnswerPart[] {
  const parts: TAnswerPart[] = answer.options.map((number) => ({ kind: 'option', number, text: optionText(question, number) }));
  if (answer.other !== null) parts.push({ kind: 'other', text: answer.other });
  if (answer.municipalities !== null) parts.push({ kind: 'municipalities', groups: countyGroups(answer.municipalities, titleCounty, options.countyOf) });
  if (answer.value !== null && answer.value !== '') parts.push({ kind: 'value', text: String(answer.value) });
  if (answer.comment !== null) parts.push({ kind: 'comment', text: answer.comment });
  if (answer.attachments.length > 0) parts.push({ kind: 'attachments', files: answer.attachments });
  return parts;
}

/** Categories in overview order: the order of the respondents' ids, which the overview and every block follow. */
function groupByCategory(respondents: readonly TInternRapportRespondent[]) {
  const groups: { label: string; members: TInternRapportRespondent[] }[] = [];
  for (const respondent of respondents) {
    const group = groups.find((g) => g.label === respondent.category);
    if (group) group.members.push(respondent);
    else groups.push({ label: respondent.category, members: [respondent] });
  }
  return groups;
}

/** An answer to a question the questionnaire lacks, from a respondent the overview lacks, or given twice would be
 * lost in print without a trace: that is a caller's mistake, so it stops the printing. */
function answersByQuestion(report: TInternRapport, questions: readonly TPrintableQuestion[]) {
  const known = new Set(questions.map((q) => q.id));
  const respondents = new Set(report.respondents.map((r) => r.id));
  const byQuestion = new Map<string, TInternRapportAnswer[]>();
  for (const answer of report.answers) {
    if (!known.has(answer.question)) throw new Error(`The questionnaire has no question ${answer.question}`);
    if (!respondents.has(answer.respondent)) throw new Error(`The report has no respondent ${answer.respondent}`);
    const answers = byQuestion.get(answer.question) ?? [];
    if (answers.some((a) => a.respondent === answer.respondent)) throw new Error(`Respondent ${answer.respondent} answers ${answer.question} twice`);
    answers.push(answer);
    byQuestion.set(answer.question, answers);
  }
  return byQuestion;
}
