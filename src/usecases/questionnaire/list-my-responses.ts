// "Mine skjema": the co-edited responses the actor may read — those they started and those they were named editor
// of (the admin: all) — through the policy's read scope, which the repository says in SQL (ADR 013), so the list
// shows exactly the responses opening each one would. Latest change first.
import { listResponses } from '../../db/questionnaire-response-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function listMyResponses({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>) {
  const rows = await listResponses(db, { scope: readScope(actor, 'questionnaire-response') });
  return rows.map(({ response, catalogue, lastChangedAt }) => ({
    id: response.id,
    questionnaire: { id: response.questionnaireId, version: response.questionnaireVersion, title: catalogue.title },
    subject: response.subject,
    status: response.status,
    createdByName: response.createdByName,
    createdAt: response.createdAt.toISOString(),
    lastChangedAt: lastChangedAt.toISOString(),
  }));
}
