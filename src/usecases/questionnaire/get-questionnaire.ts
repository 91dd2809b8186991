// A published questionnaire (its catalogue), the latest version or the one named. Catalogues are not secret: the
// form of an anonymous survey is read by visitors who are not logged in (actor null), who may do nothing else with it.
import { findQuestionnaire } from '../../db/questionnaire-repository.ts';
import { ZGetQuestionnaireQuery } from '../../domain/questionnaire/contract.ts';
import { questionnaireAllowedVerbs } from '../../domain/questionnaire/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function getQuestionnaire({ db, actor, id, version }: Omit<UseCaseContext, 'actor' | 'clock'> & { actor: UseCaseContext['actor'] | null; id: string; version?: unknown }) {
  const wanted = parseInput(ZGetQuestionnaireQuery, { version }).version;
  const row = id.length <= 60 ? await findQuestionnaire(db, id, wanted) : undefined;
  if (!row) throw AppError.notFound(msg('questionnaire.notFound'));
  return {
    id: row.id,
    version: row.version,
    storage: row.catalogue.storage,
    catalogue: row.catalogue,
    allowed: actor ? questionnaireAllowedVerbs(actor, { type: 'questionnaire' }) : [],
  };
}
