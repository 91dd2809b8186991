// The people the editor picker offers: people of the member organisations, with no contact details.
import { listPeopleWithOrganisation } from '../../db/org-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';

export async function listPartnershipCandidates({ db, actor, id }: UseCaseContext & { id: string }) {
  const p = await findPartnership(db, id);
  if (!p) throw AppError.notFound(msg('org.partnershipNotFound'));
  assertCan(actor, 'manage-editors', partnershipResource(p));
  const rows = await listPeopleWithOrganisation(db, { organisationIds: p.members.map((m) => m.organisationId) });
  return rows.map((r) => ({ id: r.person.id, name: r.person.name, organisationName: r.organisationName }));
}
