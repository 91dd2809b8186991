// The saved answers of a response as the values validate.ts checks and the form is given. Reading never fails on
// stored data (ADR 009, simpler here: a catalogue version never changes, so each row is only checked again against
// its question's draft schema, in memory): a value that does not pass is left out and reported at its field, and the
// form gets it as null with its real version, so it can be written over without a conflict. Rows of keys the
// catalogue does not have are left out (the history keeps them).
import type { AnswerFieldRow } from '../../db/questionnaire-field-repository.ts';
import { questionsInOrder, type TCatalogue, type TQuestion } from '../../domain/questionnaire/catalogue.ts';
import { checkDraftAnswer, type TInvalidStoredAnswer } from '../../domain/questionnaire/validate.ts';

export type StoredAnswers = {
  values: Record<string, unknown>;
  invalid: TInvalidStoredAnswer[];
  /** Every row of the catalogue's questions, an invalid value as null. */
  shown: AnswerFieldRow[];
};

export function questionsByKey(catalogue: TCatalogue): Map<string, TQuestion> {
  return new Map(questionsInOrder(catalogue).map((p) => [p.question.key, p.question]));
}

export function storedAnswers(catalogue: TCatalogue, rows: readonly AnswerFieldRow[]): StoredAnswers {
  const questions = questionsByKey(catalogue);
  const result: StoredAnswers = { values: {}, invalid: [], shown: [] };
  for (const row of rows) {
    const question = questions.get(row.key);
    if (!question) continue;
    const check = checkDraftAnswer(question, row.value);
    if (check.ok) {
      result.values[row.key] = check.value;
      result.shown.push({ ...row, value: check.value });
    } else {
      result.invalid.push({ key: row.key, message: check.message });
      result.shown.push({ ...row, value: null });
    }
  }
  return result;
}

/** One answer as the form is given it. */
export function answerState(row: AnswerFieldRow) {
  return { value: row.value, version: row.version, updatedByName: row.updatedByName, updatedAt: row.updatedAt.toISOString() };
}

/** One row on its own (a conflict, polling for changes): checked as above, an invalid value as null. */
export function shownAnswerState(catalogue: TCatalogue, row: AnswerFieldRow) {
  return answerState(storedAnswers(catalogue, [row]).shown[0] ?? { ...row, value: null });
}
