import { findPersonWithOrganisation } from '../../db/org-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { personView } from '../../views/org/person-view.ts';

export async function getPerson({ db, actor, id }: UseCaseContext & { id: string }) {
  const row = await findPersonWithOrganisation(db, id);
  if (!row) throw AppError.notFound(msg('org.personNotFound'));
  const resource = { type: 'person', organisationId: row.person.organisationId, officeId: row.organisationOfficeId } as const;
  assertCan(actor, 'read', resource);
  /** `allowed`: the verbs this actor may use on the person; the UI offers exactly these. */
  return { ...personView(row), allowed: allowedVerbs(actor, resource) };
}
