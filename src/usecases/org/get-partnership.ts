// One partnership with everything the form and the editor picker need, and what the actor may do with it.
import { findPeopleByIds } from '../../db/org-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { partnershipOut } from '../../views/org/org-view.ts';

export async function getPartnership({ db, actor, id }: UseCaseContext & { id: string }) {
  const p = await findPartnership(db, id);
  if (!p) throw AppError.notFound(msg('org.partnershipNotFound'));
  const resource = partnershipResource(p);
  assertCan(actor, 'read', resource);
  const [coordinator] = p.coordinatorPersonId ? await findPeopleByIds(db, [p.coordinatorPersonId]) : [];
  return {
    ...partnershipOut(p),
    coordinator: coordinator ? { id: coordinator.id, name: coordinator.name } : null,
    /** Every verb this actor may use on the partnership; the UI offers exactly these (`move`: the office may be
     * changed at all — a case officer here; the server checks the office chosen). */
    allowed: allowedVerbs(actor, resource),
  };
}
