import { findRegion } from '../../db/region-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { regionOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getRegion({ db, actor, id }: UseCaseContext & { id: string }) {
  const region = await findRegion(db, id);
  if (!region) throw AppError.notFound(msg('reference.regionNotFound'));
  const resource = { type: 'region', officeId: region.officeId } as const;
  assertCan(actor, 'read', resource);
  /** `allowed`: the verbs this actor may use on the region; the UI offers exactly these. */
  return { ...regionOut(region), allowed: allowedVerbs(actor, resource) };
}
