import { appendAudit } from '../../db/audit-repository.ts';
import { findOrganisation, findOrganisationByOrgnr, updateOrganisationIfUnchanged } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZOrganisationUpdate } from '../../domain/org/organisation.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { organisationOut } from '../../views/org/org-view.ts';
import { placeOrganisation } from '../../checks/org/place-organisation.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { recordAccountChange } from '../utbetaling/record-account-change.ts';

export async function updateOrganisation({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZOrganisationUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, id);
    if (!before) throw AppError.notFound(msg('org.organisationNotFound'));
    assertCan(actor, 'edit', { type: 'organisation', id, officeId: before.officeId });
    const { officeId } = await placeOrganisation(tx, data);
    if (officeId !== before.officeId) assertCan(actor, 'edit', { type: 'organisation', id, officeId });
    if (data.orgnr && data.orgnr !== before.orgnr && (await findOrganisationByOrgnr(tx, data.orgnr))) {
      const message = msg('org.orgnrTaken', { orgnr: data.orgnr });
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'orgnr', message }] });
    }
    const after = await updateOrganisationIfUnchanged(tx, { id, expectedVersion, values: { ...data, officeId }, at: clock.now() });
    if (!after) throw staleVersion(msg('org.theOrganisation'));
    // The register changes at once (it is this module's); the money does not: a changed account of an organisation
    // with payment lines waits for a case officer's confirmation (issue 15, ADR 027), recorded in the same act.
    const accountChange = await recordAccountChange(tx, { actor, organisationId: id, before: before.kontonr, after: after.kontonr, at: clock.now() });
    await appendAudit(tx, actor, { action: 'update', entityType: 'organisation', entityId: id, before, after: accountChange ? { ...after, accountChange } : after });
    return organisationOut(after);
  });
}
