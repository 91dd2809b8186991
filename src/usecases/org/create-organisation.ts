import { appendAudit } from '../../db/audit-repository.ts';
import { findOrganisationByOrgnr, insertOrganisation } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZOrganisationInput } from '../../domain/org/organisation.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { organisationOut } from '../../views/org/org-view.ts';
import { placeOrganisation } from '../../checks/org/place-organisation.ts';

export async function createOrganisation({ db, actor, input }: UseCaseContext & { input: unknown }) {
  const data = parseInput(ZOrganisationInput, input);
  return db.transaction(async (tx) => {
    const { officeId } = await placeOrganisation(tx, data);
    assertCan(actor, 'create', { type: 'organisation', id: null, officeId });
    if (data.orgnr && (await findOrganisationByOrgnr(tx, data.orgnr))) {
      const message = msg('org.orgnrTaken', { orgnr: data.orgnr });
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'orgnr', message }] });
    }
    const created = await insertOrganisation(tx, { ...data, officeId });
    if (!created) throw new Error('insert returned no row');
    await appendAudit(tx, actor, { action: 'create', entityType: 'organisation', entityId: created.id, before: null, after: created });
    return organisationOut(created);
  });
}
