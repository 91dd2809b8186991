// Publishes a questionnaire catalogue version (JSON data, checked whole by the catalogue schema): from then on it is
// fixed, and responses and anonymous answers are given to it. A changed form is published as a new version.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertQuestionnaire } from '../../db/questionnaire-repository.ts';
import { ZQuestionnaireCatalogue } from '../../domain/questionnaire/catalogue.ts';
import { questionnaireCan } from '../../domain/questionnaire/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function publishQuestionnaire({ db, actor, clock, input }: UseCaseContext & { input: unknown }) {
  if (!questionnaireCan(actor, 'publish', { type: 'questionnaire' })) throw AppError.forbidden();
  const catalogue = parseInput(ZQuestionnaireCatalogue, input);
  return db.transaction(async (tx) => {
    const row = await insertQuestionnaire(tx, { catalogue, at: clock.now() });
    if (!row) throw new AppError('CONFLICT', msg('questionnaire.versionExists', { id: catalogue.id, version: catalogue.version }));
    await appendAudit(tx, actor, {
      action: 'create',
      entityType: 'questionnaire',
      entityId: `${catalogue.id}@${catalogue.version}`,
      before: null,
      after: { id: catalogue.id, version: catalogue.version, storage: catalogue.storage, title: catalogue.title },
    });
    return { id: row.id, version: row.version, storage: catalogue.storage };
  });
}
