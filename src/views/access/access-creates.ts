// What the invitation and user lists offer the actor: whom they may invite with which roles, and which roles they
// may grant (the policy asked over every office and organisation; src/domain/access/offers.ts).
import { grantCreates, invitationCreates, type GrantCreates, type InvitationCreates } from '../../domain/access/offers.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { loadPlaces } from '../../db/places-repository.ts';

/** GET /api/invitations `creates`. */
export async function invitationListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ invitation: InvitationCreates | null }> {
  return { invitation: invitationCreates(actor, await loadPlaces(db)) };
}

/** GET /api/users `creates`: the roles the actor may grant someone, and where (null: none). */
export async function userListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ grant: GrantCreates | null }> {
  return { grant: grantCreates(actor, await loadPlaces(db)) };
}
