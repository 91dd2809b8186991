import { findRegion } from '../../db/region-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import type { UseCaseContext } from '../shared/context.ts';

export async function getRegion({ db, actor, id }: UseCaseContext & { id: string }) {
  const region = await findRegion(db, id);
  if (!region) throw AppError.notFound('Fant ikke regionen');
  assertCan(actor, 'read', { type: 'region', officeId: region.officeId });
  return region;
}
