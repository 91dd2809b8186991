// What the people list lets an actor filter by: only organisations whose people they may read, so choosing one never
// ends in a refusal.
import type { DbOrTx } from '../../db/client.ts';
import { loadPlaces } from '../../db/places-repository.ts';
import { personReadOrganisations } from '../../domain/access/offers.ts';
import type { Actor } from '../../domain/access/roles.ts';

/** GET /api/people `filters`. */
export async function personListFilters({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ organisationIds: string[] }> {
  return { organisationIds: personReadOrganisations(actor, await loadPlaces(db)) };
}
