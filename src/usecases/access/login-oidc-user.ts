// After the provider has vouched for an identity: log in the user bound to it, or bind it to the person of an
// open invitation (first login), or refuse with a code the login-failed page explains.
import { appendAudit } from '../../db/audit-repository.ts';
import { bindUserIdentity, findUserByIdentity, findUserByPerson, insertGrants, insertUser, recordLogin } from '../../db/access-repository.ts';
import type { Db, Tx } from '../../db/client.ts';
import { acceptInvitation, findInvitationsFor } from '../../db/invitation-repository.ts';
import { findPerson } from '../../db/org-repository.ts';
import { createSession, deleteSession, loadActor } from '../../db/session-repository.ts';
import { invitationStatus } from '../../domain/access/invitation.ts';
import { LoginRefused, loginIdentifier } from '../../domain/access/login.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { OidcIdentity } from '../../integrations/oidc-client.ts';

export type LoginOidcUserOptions = {
  db: Db;
  clock: Clock;
  identity: OidcIdentity;
  identifierClaim: string;
  ttlHours: number;
  /** The session cookie the callback arrived with: that session ends (session fixation, a shared computer). */
  previousToken?: string | undefined;
};

export async function loginOidcUser({ db, clock, identity, identifierClaim, ttlHours, previousToken }: LoginOidcUserOptions) {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const bound = await findUserByIdentity(tx, identity.issuer, identity.subject);
    if (bound?.disabled) throw new LoginRefused('deaktivert', `user ${bound.id}`);
    const userId = bound ? bound.id : await bindIdentity(tx, identity, identifierClaim, now);
    const actor = await loadActor(tx, userId);
    if (!actor) throw new Error(`user ${userId} has no person`);
    // Only the browser's own session ends; the user's sessions on other devices stay.
    if (previousToken) await deleteSession(tx, previousToken);
    const session = await createSession(tx, userId, ttlHours, now);
    await recordLogin(tx, { userId, at: now });
    await appendAudit(tx, actor, {
      action: bound ? 'login' : 'accept-invitation',
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { method: 'oidc', issuer: identity.issuer, ...(bound ? {} : { subject: identity.subject, grants: actor.grants }) },
    });
    return session;
  });
}

/** First login: the newest open invitation for this identifier is accepted and its roles granted. */
async function bindIdentity(tx: Tx, identity: OidcIdentity, identifierClaim: string, now: Date): Promise<string> {
  const candidates = await findInvitationsFor(tx, loginIdentifier(identity.claims, identifierClaim));
  const open = candidates.find((c) => invitationStatus(c, now) === 'open');
  if (!open) {
    // An accepted invitation means this person already logs in with another identity (subject).
    if (candidates.some((c) => c.acceptedAt)) throw new LoginRefused('allerede-bundet', identity.subject);
    throw new LoginRefused(candidates.length ? 'utlopt' : 'ingen-invitasjon', identity.subject);
  }
  const person = await findPerson(tx, open.personId);
  if (!person) throw new Error(`invitation ${open.id} has no person`);
  let user = await findUserByPerson(tx, person.id);
  if (user?.subject) throw new LoginRefused('allerede-bundet', `person ${person.id} has user ${user.id}`);
  if (user?.disabled) throw new LoginRefused('deaktivert', `user ${user.id}`);
  if (user) {
    user = await bindUserIdentity(tx, { id: user.id, issuer: identity.issuer, subject: identity.subject });
  } else {
    user = await insertUser(tx, { personId: person.id, displayName: person.name, email: open.email, issuer: identity.issuer, subject: identity.subject });
  }
  if (!user) throw new Error('user write returned no row');
  const userId = user.id;
  // Conditional, so two simultaneous first logins race safely: only one accepts the invitation.
  const accepted = await acceptInvitation(tx, { id: open.id, userId, at: now });
  if (!accepted) throw new LoginRefused('allerede-bundet', `invitation ${open.id} taken meanwhile`);
  if (open.roles.length)
    await insertGrants(
      tx,
      open.roles.map((r) => ({ userId, role: r.role, officeId: r.officeId ?? null, organisationId: r.organisationId ?? null, grantedBy: open.invitedBy })),
    );
  return userId;
}
