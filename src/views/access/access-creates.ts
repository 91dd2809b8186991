// What the invitation and user lists offer the actor: whom they may invite with which roles, and which roles they
// may grant (the policy asked over every office and organisation; src/domain/access/offers.ts).
import { grantableRoles, invitationCreates, type InvitationCreates } from '../../domain/access/offers.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { loadPlaces } from '../../db/places-repository.ts';

/** GET /api/invitations `creates`. */
export async function invitationListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ invitation: InvitationCreates | null }> {
  return { invitation: invitationCreates(actor, await loadPlaces(db)) };
}

/** GET /api/users `creates`: the roles the actor may grant someone (null: none). */
export async function userListCreates({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ grant: { roles: Role[] } | null }> {
  const roles = grantableRoles(actor, await loadPlaces(db));
  return { grant: roles.length > 0 ? { roles } : null };
}
