import { appendAudit } from '../../db/audit-repository.ts';
import { findOrganisation, findPersonWithOrganisation, updatePersonIfUnchanged } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZPersonUpdate } from '../../domain/org/person.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { personView } from '../../views/org/person-view.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { assertEmailFree, unknownOrganisation } from '../../checks/org/person-checks.ts';

export async function updatePerson({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZPersonUpdate, input);
  return db.transaction(async (tx) => {
    const found = await findPersonWithOrganisation(tx, id);
    if (!found) throw AppError.notFound(msg('org.personNotFound'));
    const before = found.person;
    assertCan(actor, 'edit', { type: 'person', organisationId: before.organisationId, officeId: found.organisationOfficeId });
    const org = await findOrganisation(tx, data.organisationId);
    if (!org) throw unknownOrganisation();
    // Moving a person to another organisation needs the right to edit people there too.
    if (org.id !== before.organisationId) assertCan(actor, 'edit', { type: 'person', organisationId: org.id, officeId: org.officeId });
    if (data.email !== before.email || org.id !== before.organisationId) await assertEmailFree(tx, org.id, data.email, id);
    const after = await updatePersonIfUnchanged(tx, { id, expectedVersion, values: data, at: clock.now() });
    if (!after) throw staleVersion(msg('org.thePerson'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'person', entityId: id, before, after });
    return personView({ person: after, organisationName: org.name });
  });
}
