// Lists the partnerships the actor may read. The policy decides per partnership, so the list never shows more
// than opening each one would.
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { can } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../shared/context.ts';
import { partnershipResource } from './partnership-access.ts';

export async function listPartnerships({ db, actor }: UseCaseContext) {
  const rows = await listPartnershipSummaries(db);
  return rows
    .filter((p) => can(actor, 'read', partnershipResource(p)))
    .map((p) => ({
      id: p.id,
      name: p.name,
      officeId: p.officeId,
      schemeId: p.schemeId,
      applicant: p.applicant,
      payee: p.payee,
      members: p.members,
      version: p.version,
    }));
}
