// Contact persons are personal data: a list shows only the people the actor may see (policy 'person'; across
// organisations through its read scope, said in SQL by the repository).
import { findOrganisation, listPeopleWithOrganisation } from '../../db/org-repository.ts';
import { assertCan, readScope } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { personView } from '../../views/org/person-view.ts';

export type ListPeopleOptions = UseCaseContext & { organisationId?: string | undefined };

export async function listPeople({ db, actor, organisationId }: ListPeopleOptions) {
  if (organisationId) {
    const org = await findOrganisation(db, organisationId);
    if (!org) throw AppError.notFound(msg('org.organisationNotFound'));
    assertCan(actor, 'read', { type: 'person', organisationId: org.id, officeId: org.officeId });
    return (await listPeopleWithOrganisation(db, { organisationIds: [org.id] })).map(personView);
  }
  return (await listPeopleWithOrganisation(db, { scope: readScope(actor, 'person') })).map(personView);
}
