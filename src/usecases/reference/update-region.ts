import { appendAudit } from '../../db/audit-repository.ts';
import { findRegion, replaceRegionMunicipalities, updateRegionIfUnchanged } from '../../db/region-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRegionUpdate } from '../../domain/reference/region.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { regionOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkRegionInput } from '../../checks/reference/check-region-input.ts';
import { regionSnapshot } from '../../views/reference/region-snapshot.ts';

export async function updateRegion({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, municipalityNumbers, ...data } = parseInput(ZRegionUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findRegion(tx, id);
    if (!before) throw AppError.notFound(msg('reference.regionNotFound'));
    assertCan(actor, 'edit', { type: 'region', officeId: before.officeId });
    // Handing a region to another office needs the right to edit it there too.
    if (data.officeId !== before.officeId) assertCan(actor, 'edit', { type: 'region', officeId: data.officeId });
    await checkRegionInput(tx, { ...data, municipalityNumbers }, id);
    const updated = await updateRegionIfUnchanged(tx, { id, expectedVersion, values: data, at: clock.now() });
    if (!updated) throw staleVersion(msg('reference.theRegion'));
    await replaceRegionMunicipalities(tx, id, municipalityNumbers);
    const after = await findRegion(tx, id);
    if (!after) throw new Error('region vanished inside its own transaction');
    await appendAudit(tx, actor, { action: 'update', entityType: 'region', entityId: id, before: regionSnapshot(before), after: regionSnapshot(after) });
    return regionOut(after);
  });
}
