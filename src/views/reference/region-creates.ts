// What the region list offers the actor to create: the offices to set up a region in (src/domain/access/offers.ts).
import { regionCreateOffices } from '../../domain/access/offers.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { loadPlaces } from '../../db/places-repository.ts';

/** GET /api/regions `creates` (null: nothing to offer). */
export async function regionListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ region: { officeIds: string[] } | null }> {
  const officeIds = regionCreateOffices(actor, await loadPlaces(db));
  return { region: officeIds.length > 0 ? { officeIds } : null };
}
