// Lists the partnerships the actor may read: the policy's read scope, said in SQL by the repository, which selects
// exactly the partnerships `can(read)` allows (read-scope tests), so the list never shows more than opening each would.
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';
import { partnershipSummaryOut } from '../../views/org/org-view.ts';

export async function listPartnerships({ db, actor }: UseCaseContext) {
  const rows = await listPartnershipSummaries(db, { scope: readScope(actor, 'partnership') });
  return rows.map(partnershipSummaryOut);
}
