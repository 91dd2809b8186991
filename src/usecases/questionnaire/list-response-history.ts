// The version history of a response: every save of its answers (or of one), newest first, with who and when.
import { answerHistory } from '../../db/questionnaire-field-repository.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import { questionsByKey } from '../../views/questionnaire/stored-answers.ts';
import { checkDraftAnswer } from '../../domain/questionnaire/validate.ts';
import type { UseCaseContext } from '../context.ts';

export async function listResponseHistory({ db, actor, id, key }: UseCaseContext & { id: string; key?: string | undefined }) {
  const { response, catalogue } = await loadResponse(db, actor, id, 'read');
  const questions = questionsByKey(catalogue);
  const rows = await answerHistory(db, response.id, key || undefined);
  return rows.map((row) => {
    const question = questions.get(row.key);
    const check = question ? checkDraftAnswer(question, row.value) : null;
    return {
      id: row.id,
      key: row.key,
      label: question?.label ?? null,
      // Only values that pass their question's draft check are sent for the page to show.
      value: check?.ok ? check.value : null,
      version: row.version,
      byName: row.byName,
      at: row.at.toISOString(),
    };
  });
}
