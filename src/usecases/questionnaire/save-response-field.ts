// Autosave of one answer of a co-edited response (as the behovsmelding's save-field.ts, ADR 008). The save carries
// the version the writer started from; if someone saved the answer since, nothing is written and the answer (409)
// carries both values so the writer can choose. Different answers never collide. The response row is only
// share-locked, so saves of different answers run side by side while a submit (which locks it for update) waits
// for them and they for it. Only questions of the response's catalogue version are taken, and only values that
// pass the question's draft schema (shape and length), so what is stored can always be read back.
import { appendAudit } from '../../db/audit-repository.ts';
import { findAnswerField, saveAnswerIfUnchanged } from '../../db/questionnaire-field-repository.ts';
import { findQuestion } from '../../domain/questionnaire/catalogue.ts';
import { ZSaveAnswer } from '../../domain/questionnaire/inputs.ts';
import { checkDraftAnswer } from '../../domain/questionnaire/validate.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { assertDraft, loadResponse } from '../../loaders/questionnaire/load-response.ts';
import { shownAnswerState } from '../../views/questionnaire/stored-answers.ts';
import type { UseCaseContext } from '../context.ts';

export async function saveResponseField({ db, actor, clock, id, key, input }: UseCaseContext & { id: string; key: string; input: unknown }) {
  const { value, baseVersion } = parseInput(ZSaveAnswer, input);
  return db.transaction(async (tx) => {
    const { response, catalogue } = await loadResponse(tx, actor, id, 'edit', 'share');
    assertDraft(response);
    const question = findQuestion(catalogue, key)?.question;
    if (!question) throw AppError.notFound(msg('questionnaire.answer.unknownQuestion', { key: key.slice(0, 60) }));
    const checked = checkDraftAnswer(question, value);
    if (!checked.ok) throw validationError([{ field: checked.path, message: checked.message }]);

    const current = await findAnswerField(tx, response.id, key);
    const conflict = async () => {
      const theirs = await findAnswerField(tx, response.id, key);
      return new AppError('CONFLICT', msg('questionnaire.response.conflict', { name: theirs?.updatedByName ?? msg('questionnaire.response.someoneElse') }), {
        details: { key, yours: checked.value, theirs: theirs ? shownAnswerState(catalogue, theirs) : null },
      });
    };
    if ((current?.version ?? 0) !== baseVersion) throw await conflict();
    const saved = await saveAnswerIfUnchanged(tx, { responseId: response.id, key, value: checked.value, baseVersion, actor, at: clock.now() });
    if (!saved) throw await conflict();
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'questionnaire-response',
      entityId: response.id,
      before: { key, version: current?.version ?? 0, value: current?.value ?? null },
      after: { key, version: saved.version, value: saved.value },
    });
    return {
      key,
      version: saved.version,
      updatedByName: saved.updatedByName,
      updatedAt: saved.updatedAt.toISOString(),
      changeCursor: saved.changeCursor,
    };
  });
}
