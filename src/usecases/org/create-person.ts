import { appendAudit } from '../../db/audit-repository.ts';
import { findOrganisation, insertPerson } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZPersonInput } from '../../domain/org/person.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { personView } from '../../views/org/person-view.ts';
import { assertEmailFree, unknownOrganisation } from '../../checks/org/person-checks.ts';

export async function createPerson({ db, actor, input }: UseCaseContext & { input: unknown }) {
  const data = parseInput(ZPersonInput, input);
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, data.organisationId);
    if (!org) throw unknownOrganisation();
    assertCan(actor, 'create', { type: 'person', organisationId: org.id, officeId: org.officeId });
    await assertEmailFree(tx, org.id, data.email, null);
    const created = await insertPerson(tx, data);
    if (!created) throw new Error('insert returned no row');
    await appendAudit(tx, actor, { action: 'create', entityType: 'person', entityId: created.id, before: null, after: created });
    return personView({ person: created, organisationName: org.name });
  });
}
