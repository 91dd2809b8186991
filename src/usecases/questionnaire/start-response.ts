// Starts a co-edited response to a questionnaire (its latest version unless one is named): it belongs to the one who
// starts it and the editors they name. A questionnaire that is answered anonymously cannot be started this way — its
// answers would be linked to the people who wrote them.
import { appendAudit } from '../../db/audit-repository.ts';
import { findQuestionnaire } from '../../db/questionnaire-repository.ts';
import { insertResponse } from '../../db/questionnaire-response-repository.ts';
import { ZStartResponse } from '../../domain/questionnaire/inputs.ts';
import { questionnaireCan } from '../../domain/questionnaire/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { assertEditorsExist } from '../../checks/questionnaire/check-editors.ts';
import type { UseCaseContext } from '../context.ts';

export async function startResponse({ db, actor, clock, input }: UseCaseContext & { input: unknown }) {
  if (!questionnaireCan(actor, 'start', { type: 'questionnaire' })) throw AppError.forbidden();
  const parsed = parseInput(ZStartResponse, input);
  return db.transaction(async (tx) => {
    const questionnaire = await findQuestionnaire(tx, parsed.questionnaireId, parsed.questionnaireVersion);
    if (!questionnaire) throw AppError.notFound(msg('questionnaire.notFound'));
    if (questionnaire.catalogue.storage !== 'co-edited') throw new AppError('CONFLICT', msg('questionnaire.response.isAnonymous'));
    const editors = parsed.editors.filter((id) => id !== actor.userId);
    await assertEditorsExist(tx, editors);
    const response = await insertResponse(tx, {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      subject: parsed.subject,
      createdByUserId: actor.userId,
      createdByName: actor.name,
      editorUserIds: editors,
      at: clock.now(),
    });
    await appendAudit(tx, actor, {
      action: 'create',
      entityType: 'questionnaire-response',
      entityId: response.id,
      before: null,
      after: { questionnaireId: response.questionnaireId, questionnaireVersion: response.questionnaireVersion, subject: response.subject, editorUserIds: editors },
    });
    return { id: response.id, questionnaireId: response.questionnaireId, questionnaireVersion: response.questionnaireVersion, status: response.status };
  });
}
