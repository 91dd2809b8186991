// The places an action could happen (every office, every organisation with its office), for the policy to be asked
// over when the API tells the UI what it may offer (src/domain/access/offers.ts).
import type { DbOrTx } from './client.ts';
import { listOrganisations } from './org-repository.ts';
import { listOffices } from './reference-repository.ts';
import type { Places } from '../domain/access/offers.ts';

export async function loadPlaces(db: DbOrTx): Promise<Places> {
  // One after another: `db` may be a transaction.
  const offices = await listOffices(db);
  const organisations = await listOrganisations(db, {});
  return { officeIds: offices.map((o) => o.id), organisations: organisations.map((o) => ({ id: o.id, officeId: o.officeId })) };
}
