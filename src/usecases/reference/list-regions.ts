import { listRegions as listRows } from '../../db/region-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { regionOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listRegions({ db, actor }: UseCaseContext) {
  assertCan(actor, 'read', { type: 'region', officeId: null });
  return (await listRows(db)).map(regionOut);
}
