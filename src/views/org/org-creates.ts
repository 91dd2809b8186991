// What the organisation, people and partnership lists offer the actor to create, and where (the policy asked over
// every office and organisation; src/domain/access/offers.ts). Null: nothing to offer.
import { organisationCreateOffices, partnershipCreates, personCreateOrganisations, type PartnershipCreates } from '../../domain/access/offers.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { loadPlaces } from '../../db/places-repository.ts';

/** GET /api/organisations `creates`: the offices to register an organisation in (null: national bodies). */
export async function organisationListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ organisation: { officeIds: (string | null)[] } | null }> {
  const officeIds = organisationCreateOffices(actor, await loadPlaces(db));
  return { organisation: officeIds.length > 0 ? { officeIds } : null };
}

/** GET /api/people `creates`: the organisations to add a person to — of the one listed, when the list is of one. */
export async function personListCreates({ db, actor, organisationId }: { db: DbOrTx; actor: Actor } & { organisationId?: string | undefined }): Promise<{ person: { organisationIds: string[] } | null }> {
  const places = await loadPlaces(db);
  const listed = organisationId === undefined ? places : { ...places, organisations: places.organisations.filter((o) => o.id === organisationId) };
  const organisationIds = personCreateOrganisations(actor, listed);
  return { person: organisationIds.length > 0 ? { organisationIds } : null };
}

/** GET /api/partnerships `creates`. */
export async function partnershipListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ partnership: PartnershipCreates | null }> {
  return { partnership: partnershipCreates(actor, await loadPlaces(db)) };
}
