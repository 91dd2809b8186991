// Validation of a questionnaire's answers, shared by the browser and the server (as validate-application.ts is for
// the behovsmelding), in two steps:
//
// - A draft (one field's autosave) is checked for shape and size only: `checkDraftAnswer`. A half-typed number, a
//   date being written or a table row without its required cells is kept; what is stored can always be read back.
// - The whole response is validated by `validateResponse`: which questions apply (conditions), required answers of
//   those, the rules of each type (min/max, integer, options, real dates, required cells), and each section's
//   status. An answer to a question that does not apply is ignored — not an error, and left out of the answers
//   that are submitted.
//
// Messages are tokens (msg()) without the question's label: each issue carries the field key (and the path inside a
// table), so the form shows it at its question in the reader's language.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { questionsInOrder, type TCatalogue, type TColumn, type TCondition, type TQuestion, type TSection } from './catalogue.ts';

export type TAnswers = Readonly<Record<string, unknown>>;

/** The most a single answer may take as JSON (a full table of long cells is well below). */
export const MAX_ANSWER_BYTES = 256 * 1024;

/** Draft dates are kept while being written ("2025-0"); the whole validation asks for a real yyyy-mm-dd. */
const MAX_DRAFT_DATE_LENGTH = 10;

// ---- Drafts ------------------------------------------------------------------------------------------------------

type TSimple = Pick<TColumn, 'type'> & { maxLength?: number };

function draftOfSimple(item: TSimple): z.ZodType {
  switch (item.type) {
    case 'text':
      return z
        .string({ error: msg('questionnaire.answer.mustBeText') })
        .max(item.maxLength ?? 0, { message: msg('questionnaire.answer.tooLong', { max: item.maxLength ?? 0 }) })
        .nullable();
    case 'number':
      return z.number({ error: msg('questionnaire.answer.mustBeNumber') }).finite({ message: msg('questionnaire.answer.mustBeNumber') }).nullable();
    case 'choice':
      return z.string({ error: msg('questionnaire.answer.unknownOption') }).max(60, { message: msg('questionnaire.answer.unknownOption') }).nullable();
    case 'yesNo':
      return z.boolean({ error: msg('questionnaire.answer.mustBeYesNo') }).nullable();
    case 'date':
      return z
        .string({ error: msg('questionnaire.answer.dateFormat') })
        .max(MAX_DRAFT_DATE_LENGTH, { message: msg('questionnaire.answer.dateFormat') })
        .nullable();
  }
}

/** The draft schema of a question: the shape and length of its answer, null for "not answered". */
export function draftSchemaOf(question: TQuestion): z.ZodType {
  switch (question.type) {
    case 'text':
    case 'longText':
      return draftOfSimple({ type: 'text', maxLength: question.maxLength });
    case 'number':
    case 'choice':
    case 'yesNo':
    case 'date':
      return draftOfSimple(question);
    case 'multiChoice':
      return z
        .array(z.string({ error: msg('questionnaire.answer.unknownOption') }).max(60, { message: msg('questionnaire.answer.unknownOption') }), {
          error: msg('questionnaire.answer.mustBeList'),
        })
        .max(question.options.length, { message: msg('questionnaire.answer.duplicateOption') })
        .nullable();
    case 'table': {
      // Unknown cells are dropped; a missing cell is "not filled".
      const row = z.object(
        Object.fromEntries(question.columns.map((c) => [c.key, draftOfSimple(c).optional()])),
        { error: msg('questionnaire.answer.mustBeTable') },
      );
      return z
        .array(row, { error: msg('questionnaire.answer.mustBeTable') })
        .max(question.maxRows, { message: msg('questionnaire.answer.tooManyRows', { max: question.maxRows }) })
        .nullable();
    }
    case 'custom':
      // Its shape is its client's (the behovsmelding's budget …), which checks it with its own schema; the engine's
      // storage takes no such answer (a catalogue published through the API has no custom questions).
      return z.null({ error: msg('questionnaire.answer.customNotSupported') });
  }
}

export type TAnswerCheck = { ok: true; value: unknown } | { ok: false; path: string; message: string };

/** Whether a value may be saved as the draft answer of a question; the value as stored (unknown table cells dropped). */
export function checkDraftAnswer(question: TQuestion, value: unknown): TAnswerCheck {
  const parsed = draftSchemaOf(question).safeParse(value === undefined ? null : value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [question.key, ...(issue?.path ?? [])].join('.');
    const message = issue?.message ?? msg('questionnaire.answer.mustBeText');
    // A table cell's message says which row (1-based), as the form numbers them.
    const row = question.type === 'table' && typeof issue?.path[0] === 'number' ? issue.path[0] + 1 : null;
    return { ok: false, path, message: row !== null && issue?.path.length === 2 ? msg('questionnaire.answer.cellInvalid', { row, message }) : message };
  }
  if (new TextEncoder().encode(JSON.stringify(parsed.data) ?? 'null').length > MAX_ANSWER_BYTES)
    return { ok: false, path: question.key, message: msg('questionnaire.answer.tooLarge') };
  return { ok: true, value: parsed.data };
}

// ---- Whole response ----------------------------------------------------------------------------------------------

export type TIssueCode = 'REQUIRED' | 'INVALID';

export type TQuestionnaireIssue = {
  code: TIssueCode;
  /** The question's key: the field the issue belongs to. */
  key: string;
  /** Where inside the answer: the key, or `key.row.column` for a table cell (row 0-based). */
  path: string;
  /** A message token (render with renderIn / useMessage). */
  message: string;
  sectionId: string;
};

export type TSectionStatus = 'not-started' | 'in-progress' | 'complete' | 'has-errors';

export type TSectionState = {
  id: string;
  status: TSectionStatus;
  /** Questions that apply (their conditions hold) and of those, how many are answered. */
  applicable: number;
  answered: number;
  errors: number;
};

export type TResponseValidation = {
  issues: TQuestionnaireIssue[];
  sections: TSectionState[];
  /** The keys of the questions that apply, in the form's order. */
  applicableKeys: string[];
  /** The answers that count: valid answers of questions that apply, texts trimmed, empty table rows left out. */
  answers: Record<string, unknown>;
  canSubmit: boolean;
};

/** A stored answer that no longer passes its draft check (ADR 009): left out and reported at its field. */
export type TInvalidStoredAnswer = { key: string; message: string };

const own = (answers: TAnswers, key: string): unknown => (Object.hasOwn(answers, key) ? answers[key] : undefined);

/** Whether a value counts as an answer (an empty text, list or table does not). */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((item) => (item !== null && typeof item === 'object' ? Object.values(item).some(isAnswered) : isAnswered(item)));
  return true;
}

/** Whether the condition holds for the answers that count so far. */
export function conditionHolds(condition: TCondition, counted: TAnswers): boolean {
  const value = own(counted, condition.key);
  if (value === undefined || value === null) return false;
  return 'equals' in condition ? value === condition.equals : condition.in.some((v) => v === value);
}

type TChecked = { value: unknown; issues: { code: TIssueCode; path: string; message: string }[] };

const REAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function checkDate(value: string): string | null {
  const m = REAL_DATE.exec(value);
  if (!m) return msg('questionnaire.answer.dateFormat');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? null : msg('questionnaire.answer.dateInvalid');
}

/** The rules of a simple value that is answered (shape already checked): its message, or null. */
function simpleRule(item: TQuestion | TColumn, value: unknown): string | null {
  switch (item.type) {
    case 'number': {
      const n = value as number;
      if (item.integer && !Number.isInteger(n)) return msg('questionnaire.answer.mustBeInteger');
      if (item.min !== undefined && n < item.min) return msg('questionnaire.answer.belowMin', { min: item.min });
      if (item.max !== undefined && n > item.max) return msg('questionnaire.answer.aboveMax', { max: item.max });
      return null;
    }
    case 'choice':
      return item.options.some((o) => o.value === value) ? null : msg('questionnaire.answer.unknownOption');
    case 'date':
      return checkDate(value as string);
    default:
      return null;
  }
}

const normalised = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Checks an answered value of a question by the rules of its type; the value as it counts. */
function checkAnswer(question: TQuestion, value: unknown): TChecked {
  const key = question.key;
  switch (question.type) {
    case 'multiChoice': {
      const chosen = value as string[];
      if (new Set(chosen).size !== chosen.length) return { value: null, issues: [{ code: 'INVALID', path: key, message: msg('questionnaire.answer.duplicateOption') }] };
      if (!chosen.every((c) => question.options.some((o) => o.value === c)))
        return { value: null, issues: [{ code: 'INVALID', path: key, message: msg('questionnaire.answer.unknownOption') }] };
      // In the catalogue's order, whatever order they were ticked in.
      return { value: question.options.map((o) => o.value).filter((v) => chosen.includes(v)), issues: [] };
    }
    case 'table': {
      const issues: TChecked['issues'] = [];
      const rows = (value as Record<string, unknown>[]).filter((row) => Object.values(row).some(isAnswered));
      const kept = rows.map((row, r) =>
        Object.fromEntries(
          question.columns.map((column) => {
            const cell = own(row, column.key);
            const path = `${key}.${r}.${column.key}`;
            if (!isAnswered(cell)) {
              if (column.required) issues.push({ code: 'REQUIRED', path, message: msg('questionnaire.answer.cellRequired', { row: r + 1 }) });
              return [column.key, null];
            }
            const rule = simpleRule(column, normalised(cell));
            if (rule) issues.push({ code: 'INVALID', path, message: msg('questionnaire.answer.cellInvalid', { row: r + 1, message: rule }) });
            return [column.key, normalised(cell)];
          }),
        ),
      );
      return { value: issues.some((i) => i.code === 'INVALID') ? null : kept, issues };
    }
    default: {
      const v = normalised(value);
      const rule = simpleRule(question, v);
      return rule ? { value: null, issues: [{ code: 'INVALID', path: key, message: rule }] } : { value: v, issues: [] };
    }
  }
}

/**
 * Validates the answers of a whole response against its catalogue. Questions are walked in the form's order, so a
 * condition (always on an earlier question) is decided by the answers that count before it: a question whose
 * condition names a question that does not apply, or an invalid answer, does not apply either.
 */
export function validateResponse(catalogue: TCatalogue, answers: TAnswers, invalidStored: readonly TInvalidStoredAnswer[] = []): TResponseValidation {
  const issues: TQuestionnaireIssue[] = [];
  const counted: Record<string, unknown> = {};
  const applicableKeys: string[] = [];
  const invalid = new Map(invalidStored.map((f) => [f.key, f.message]));
  const perSection = new Map<TSection, { applicable: number; answered: number }>();

  for (const { question, section } of questionsInOrder(catalogue)) {
    const tally = perSection.get(section) ?? { applicable: 0, answered: 0 };
    perSection.set(section, tally);
    if (question.condition && !conditionHolds(question.condition, counted)) continue;
    applicableKeys.push(question.key);
    tally.applicable++;
    const at = (issue: TChecked['issues'][number]) => issues.push({ ...issue, key: question.key, sectionId: section.id });

    const stored = invalid.get(question.key);
    if (stored !== undefined) {
      at({ code: 'INVALID', path: question.key, message: msg('questionnaire.answer.storedInvalid', { message: stored }) });
      continue;
    }
    const value = own(answers, question.key);
    if (isAnswered(value)) {
      const draft = checkDraftAnswer(question, value);
      const checked = draft.ok ? checkAnswer(question, draft.value) : { value: null, issues: [{ code: 'INVALID' as const, path: draft.path, message: draft.message }] };
      checked.issues.forEach(at);
      tally.answered++;
      if (checked.value !== null) counted[question.key] = checked.value;
    } else if (question.required) {
      at({ code: 'REQUIRED', path: question.key, message: msg('questionnaire.answer.required') });
    }
  }

  const sections = catalogue.sections.map((section): TSectionState => {
    const tally = perSection.get(section) ?? { applicable: 0, answered: 0 };
    const sectionIssues = issues.filter((i) => i.sectionId === section.id);
    const status: TSectionStatus = sectionIssues.some((i) => i.code !== 'REQUIRED')
      ? 'has-errors'
      : tally.applicable === 0
        ? 'complete'
        : tally.answered === 0
          ? 'not-started'
          : sectionIssues.length > 0
            ? 'in-progress'
            : 'complete';
    return { id: section.id, status, applicable: tally.applicable, answered: tally.answered, errors: sectionIssues.length };
  });
  return { issues, sections, applicableKeys, answers: counted, canSubmit: issues.length === 0 };
}

/** Keys in `answers` that are no question of the catalogue (an anonymous answer is refused with them). */
export function unknownAnswerKeys(catalogue: TCatalogue, answers: TAnswers): string[] {
  const known = new Set(questionsInOrder(catalogue).map((p) => p.question.key));
  return Object.keys(answers).filter((key) => !known.has(key));
}
