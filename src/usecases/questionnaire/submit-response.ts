// Submits a co-edited response: with no errors, it freezes a snapshot (catalogue id and version and the answers that
// count) through the co-edited storage and marks the response submitted, in one transaction with its audit row.
// The response is locked for update, so a save under way finishes first and none lands after the snapshot; later
// saves are refused (the response is no longer a draft).
import { appendAudit } from '../../db/audit-repository.ts';
import { loadAnswerFields } from '../../db/questionnaire-field-repository.ts';
import { markResponseSubmitted } from '../../db/questionnaire-response-repository.ts';
import { coEditedStorage } from '../../db/questionnaire-storage.ts';
import { validateResponse } from '../../domain/questionnaire/validate.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { assertDraft, loadResponse } from '../../loaders/questionnaire/load-response.ts';
import { storedAnswers } from '../../views/questionnaire/stored-answers.ts';
import type { UseCaseContext } from '../context.ts';

export async function submitResponse({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const { response, catalogue } = await loadResponse(tx, actor, id, 'submit', 'update');
    assertDraft(response);
    const stored = storedAnswers(catalogue, await loadAnswerFields(tx, response.id));
    const validation = validateResponse(catalogue, stored.values, stored.invalid);
    if (!validation.canSubmit) {
      const errors = validation.issues;
      const summary = errors.length === 1 ? errors[0]!.message : msg('questionnaire.response.hasErrors', { count: errors.length });
      throw new AppError('VALIDATION', summary, { fieldErrors: errors.map((e) => ({ field: e.path, message: e.message })) });
    }
    const at = clock.now();
    const { snapshot } = await coEditedStorage.storeSubmission(
      tx,
      { questionnaireId: response.questionnaireId, questionnaireVersion: response.questionnaireVersion, answers: validation.answers, at },
      { responseId: response.id, subject: response.subject, byName: actor.name },
    );
    await markResponseSubmitted(tx, { id: response.id, at });
    await appendAudit(tx, actor, {
      action: 'submit',
      entityType: 'questionnaire-response',
      entityId: response.id,
      before: { status: response.status },
      after: { status: 'submitted', questionnaireId: snapshot.questionnaireId, questionnaireVersion: snapshot.questionnaireVersion },
    });
    return { id: response.id, status: 'submitted' as const, submittedAt: at.toISOString() };
  });
}
