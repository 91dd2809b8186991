import { appendAudit } from '../../db/audit-repository.ts';
import { findRegion, insertRegion, replaceRegionMunicipalities } from '../../db/region-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRegionInput } from '../../domain/reference/region.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { regionOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';
import { checkRegionInput } from '../../checks/reference/check-region-input.ts';
import { regionSnapshot } from '../../views/reference/region-snapshot.ts';

export async function createRegion({ db, actor, input }: UseCaseContext & { input: unknown }) {
  const { municipalityNumbers, ...data } = parseInput(ZRegionInput, input);
  return db.transaction(async (tx) => {
    assertCan(actor, 'create', { type: 'region', officeId: data.officeId });
    await checkRegionInput(tx, { ...data, municipalityNumbers }, null);
    const created = await insertRegion(tx, data);
    if (!created) throw new Error('insert returned no row');
    await replaceRegionMunicipalities(tx, created.id, municipalityNumbers);
    const after = await findRegion(tx, created.id);
    if (!after) throw new Error('region vanished inside its own transaction');
    await appendAudit(tx, actor, { action: 'create', entityType: 'region', entityId: created.id, before: null, after: regionSnapshot(after) });
    return regionOut(after);
  });
}
