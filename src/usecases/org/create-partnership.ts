import { appendAudit } from '../../db/audit-repository.ts';
import { findPartnership, insertPartnership, replaceMembersAndUnits } from '../../db/partnership-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZPartnershipInput } from '../../domain/org/partnership.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { checkPartnershipInput } from '../../checks/org/check-partnership-input.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { partnershipSnapshot } from '../../views/org/partnership-snapshot.ts';
import { partnershipOut } from '../../views/org/org-view.ts';

export async function createPartnership({ db, actor, input }: UseCaseContext & { input: unknown }) {
  const data = parseInput(ZPartnershipInput, input);
  return db.transaction(async (tx) => {
    // Asked before the form is checked, so someone without the right learns nothing from the validation.
    assertCan(actor, 'create', partnershipResource(data));
    await checkPartnershipInput(tx, data);
    const { members, units, ...row } = data;
    const created = await insertPartnership(tx, row);
    if (!created) throw new Error('insert returned no row');
    await replaceMembersAndUnits(tx, created.id, { members, units });
    const after = await findPartnership(tx, created.id);
    if (!after) throw new Error('partnership vanished inside its own transaction');
    await appendAudit(tx, actor, { action: 'create', entityType: 'partnership', entityId: created.id, before: null, after: partnershipSnapshot(after) });
    return partnershipOut(after);
  });
}
