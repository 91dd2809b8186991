// A submitted questionnaire as the neutral document blocks the behovsmelding's documents are made of
// (src/documents/blocks/document-blocks.ts), so the same PDF (and later DOCX) renderers lay it out. Built
// from the catalogue, the answers and a language: the questions that apply, in the form's order, each with its
// answer — choices as ticked boxes, tables as tables. A question whose condition does not hold is left out; one that
// applies but was not answered says so. Walking the catalogue means any form declared as data gets its document.
import { questionsInOrder, textIn, type TCatalogue, type TColumn, type TQuestion } from '../../domain/questionnaire/catalogue.ts';
import { conditionHolds, isAnswered, type TAnswers } from '../../domain/questionnaire/validate.ts';
import type { TQuestionnaireSnapshot } from '../../domain/questionnaire/snapshot.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import { formatOsloDate, formatOsloDateTime, formatOsloTime } from '../../domain/shared/oslo-time.ts';
import type { TDocBlock, TTableColumn } from '../blocks/document-blocks.ts';

export type TQuestionnaireDocumentInput = Pick<TQuestionnaireSnapshot, 'questionnaireId' | 'questionnaireVersion' | 'subject' | 'submittedOn' | 'submittedAt' | 'submittedByName'> & {
  catalogue: TCatalogue;
  answers: TAnswers;
};

/** BCP 47 locales for numbers and the PDF's language. */
export const DOCUMENT_LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', se: 'se-NO' };

const own = (answers: TAnswers, key: string): unknown => (Object.hasOwn(answers, key) ? answers[key] : undefined);

function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(DOCUMENT_LOCALES[language] ?? 'nb-NO', { maximumFractionDigits: 10 }).format(value);
  } catch {
    return String(value);
  }
}

/** yyyy-mm-dd → dd.mm.yyyy (a value that is not a date is shown as it is). */
function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** A simple answer (or table cell) as text; null when not answered. */
function simpleText(item: TQuestion | TColumn, value: unknown, language: string): string | null {
  if (!isAnswered(value)) return null;
  const say = (key: Parameters<typeof msg>[0]) => renderIn(language, msg(key));
  switch (item.type) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, language) : String(value);
    case 'yesNo':
      return value === true ? say('questionnaire.document.yes') : say('questionnaire.document.no');
    case 'date':
      return formatDate(String(value));
    case 'choice': {
      const option = item.options.find((o) => o.value === value);
      return option ? textIn(option.label, language) : String(value);
    }
    default:
      return String(value);
  }
}

function questionBlocks(question: TQuestion, value: unknown, language: string): TDocBlock[] {
  const label = textIn(question.label, language);
  switch (question.type) {
    case 'choice':
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value : [value];
      return [{ kind: 'checkboxes', label, items: question.options.map((o) => ({ text: textIn(o.label, language), checked: chosen.includes(o.value) })) }];
    }
    case 'yesNo':
      return [
        {
          kind: 'checkboxes',
          label,
          items: [
            { text: renderIn(language, msg('questionnaire.document.yes')), checked: value === true },
            { text: renderIn(language, msg('questionnaire.document.no')), checked: value === false },
          ],
        },
      ];
    case 'table': {
      const rows = Array.isArray(value) ? (value as Record<string, unknown>[]).filter((row) => Object.values(row ?? {}).some(isAnswered)) : [];
      if (rows.length === 0) return [{ kind: 'field', label, answer: null }];
      const columns: TTableColumn[] = question.columns.map((c) => ({
        header: textIn(c.label, language),
        weight: c.type === 'text' ? 3 : 1.4,
        ...(c.type === 'number' ? { align: 'right' as const } : {}),
      }));
      return [
        { kind: 'heading', level: 3, text: label },
        { kind: 'table', caption: null, columns, rows: rows.map((row) => ({ kind: 'cells', cells: question.columns.map((c) => simpleText(c, own(row, c.key), language) ?? '') })) },
      ];
    }
    default:
      return [{ kind: 'field', label, answer: simpleText(question, value, language) }];
  }
}

function submittedText(input: TQuestionnaireDocumentInput, language: string): string {
  if (!input.submittedAt) return formatDate(input.submittedOn);
  const at = new Date(input.submittedAt);
  return language === 'nb' || language === 'nn' ? formatOsloDateTime(at) : `${formatOsloDate(at)} ${formatOsloTime(at)}`;
}

/** The document's blocks in `language` (content texts fall back to Bokmål, as everywhere). */
export function questionnaireBlocks(input: TQuestionnaireDocumentInput, language: string): TDocBlock[] {
  const { catalogue, answers } = input;
  const say = (key: Parameters<typeof msg>[0], params?: Record<string, string | number>) => renderIn(language, msg(key, params));
  const blocks: TDocBlock[] = [
    { kind: 'title', text: textIn(catalogue.title, language), subtitle: input.subject ?? (catalogue.description ? textIn(catalogue.description, language) : '') },
    {
      kind: 'facts',
      rows: [
        { label: say('questionnaire.document.form'), value: say('questionnaire.document.formVersion', { id: input.questionnaireId, version: input.questionnaireVersion }) },
        ...(input.subject ? [{ label: say('questionnaire.document.subject'), value: input.subject }] : []),
        { label: say('questionnaire.document.submitted'), value: submittedText(input, language) },
        ...(input.submittedByName ? [{ label: say('questionnaire.document.submittedBy'), value: input.submittedByName }] : []),
      ],
    },
  ];

  // Conditions are decided in the form's order by the answers before them, as validate.ts does; the snapshot holds
  // only answers of questions that applied, so this leaves out exactly the questions that did not.
  const counted: Record<string, unknown> = {};
  const bySection = new Map<string, TDocBlock[]>();
  for (const { question, section } of questionsInOrder(catalogue)) {
    if (question.condition && !conditionHolds(question.condition, counted)) continue;
    const value = own(answers, question.key);
    if (isAnswered(value)) counted[question.key] = value;
    const list = bySection.get(section.id) ?? [];
    list.push(...questionBlocks(question, value, language));
    bySection.set(section.id, list);
  }
  for (const section of catalogue.sections) {
    const sectionBlocks = bySection.get(section.id);
    if (!sectionBlocks?.length) continue;
    blocks.push({ kind: 'heading', level: 1, text: textIn(section.title, language) });
    if (section.description) blocks.push({ kind: 'paragraph', text: textIn(section.description, language), tone: 'muted' });
    blocks.push(...sectionBlocks);
  }
  return blocks;
}
