// What the round and application lists offer the actor: the offices to open a round in, and the partnerships to
// start a behovsmelding for ("Ny behovsmelding"), decided by the policy (src/domain/access/offers.ts).
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { listExtensionsOfPartnerships } from '../../db/behovsmelding-round-repository.ts';
import type { ApplicationCreates } from '../../domain/behovsmelding/application-contract.ts';
import { applicationStartPartnerships, roundOpenOffices } from '../../domain/access/offers.ts';
import { readScope } from '../../domain/access/policy.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { loadPlaces } from '../../db/places-repository.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';

/** GET /api/behovsmelding/rounds `creates` (null: nothing to offer). */
export async function roundListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ round: { officeIds: string[] } | null }> {
  const officeIds = roundOpenOffices(actor, await loadPlaces(db));
  return { round: officeIds.length > 0 ? { officeIds } : null };
}

/** GET /api/behovsmelding/applications `creates`: the partnerships, of those the actor reads, they may start one for,
 * with their extensions (only the date: the reason is not this list's business). */
export async function applicationListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<ApplicationCreates> {
  const readable = await listPartnershipSummaries(db, { scope: readScope(actor, 'partnership') });
  const partnershipIds = applicationStartPartnerships(actor, readable.map((p) => ({ ...partnershipResource(p), id: p.id })));
  if (partnershipIds.length === 0) return { application: null };
  const extensions = await listExtensionsOfPartnerships(db, partnershipIds);
  return { application: { partnershipIds, extensions } };
}
