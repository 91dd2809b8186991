// Whom the one starting a response may name as its editors: the users (who can log in) among the people they may
// see (the person read scope, ADR 013), themselves left out — they own the response anyway. Only names and
// organisations are given, no contact details. start-response.ts still checks each id it is sent.
import { listEditorCandidates as listCandidates } from '../../db/questionnaire-response-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import { questionnaireCan } from '../../domain/questionnaire/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import type { UseCaseContext } from '../context.ts';

export async function listEditorCandidates({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>) {
  if (!questionnaireCan(actor, 'start', { type: 'questionnaire' })) throw AppError.forbidden();
  const rows = await listCandidates(db, { scope: readScope(actor, 'person') });
  return rows.filter((row) => row.userId !== actor.userId);
}
