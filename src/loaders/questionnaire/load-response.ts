// Loads a co-edited questionnaire response with its catalogue and checks the verb, so every response use case asks
// the same question the same way. A response the actor may not read is "not found" (404): its id reveals nothing.
// Access is decided by the module's own policy function until the module is composed into the shared policy
// (src/domain/questionnaire/policy.ts says why).
import type { DbOrTx } from '../../db/client.ts';
import { findQuestionnaire } from '../../db/questionnaire-repository.ts';
import { findResponse, type ResponseRow } from '../../db/questionnaire-response-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { TCatalogue } from '../../domain/questionnaire/catalogue.ts';
import { questionnaireCan, responseResource, type QuestionnaireResponseResource, type ResponseVerb } from '../../domain/questionnaire/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export type LoadedResponse = { response: ResponseRow; catalogue: TCatalogue; resource: QuestionnaireResponseResource };

export async function loadResponse(db: DbOrTx, actor: Actor, id: string, verb: ResponseVerb, lock?: 'share' | 'update'): Promise<LoadedResponse> {
  const response = await findResponse(db, id, lock);
  const resource = response ? responseResource(response) : undefined;
  if (!response || !resource || !questionnaireCan(actor, 'read', resource)) throw AppError.notFound(msg('questionnaire.response.notFound'));
  if (!questionnaireCan(actor, verb, resource)) throw AppError.forbidden();
  const questionnaire = await findQuestionnaire(db, response.questionnaireId, response.questionnaireVersion);
  if (!questionnaire) throw AppError.notFound(msg('questionnaire.notFound'));
  return { response, catalogue: questionnaire.catalogue, resource };
}

/** Answers may be saved and the response submitted only while it is a draft. */
export function assertDraft(response: ResponseRow): void {
  if (response.status !== 'draft') throw new AppError('CONFLICT', msg('questionnaire.response.notDraft'));
}
