// Reads and writes of users, role grants, invitations and pending OIDC logins. No access decisions here: the list
// of invitations takes the policy's read scope, which `invitationScopeWhere` says in SQL.
import { and, asc, desc, eq, isNull, lt, gt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { scopeWhere, uuidIn } from './read-scope-sql.ts';
import { appUser, invitation, oidcLoginState, organisation, person, roleGrant } from './schema/index.ts';
import type { InvitationScope } from '../domain/access/access-policy.ts';
import type { LoginIdentifier } from '../domain/access/login.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type UserRow = typeof appUser.$inferSelect;
export type GrantRow = typeof roleGrant.$inferSelect;
export type InvitationRow = typeof invitation.$inferSelect;

export async function saveLoginState(db: DbOrTx, row: typeof oidcLoginState.$inferInsert) {
  await db.insert(oidcLoginState).values(row);
}

/** Removes and returns a pending login: a state can be used once, by whichever instance gets the callback. */
export async function takeLoginState(db: DbOrTx, state: string) {
  const [row] = await db.delete(oidcLoginState).where(eq(oidcLoginState.state, state)).returning();
  return row;
}

export async function deleteLoginStatesBefore(db: DbOrTx, before: Date) {
  await db.delete(oidcLoginState).where(lt(oidcLoginState.createdAt, before));
}

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
  return row;
}

export async function findUserByIdentity(db: DbOrTx, issuer: string, subject: string) {
  const [row] = await db.select().from(appUser).where(and(eq(appUser.issuer, issuer), eq(appUser.subject, subject)));
  return row;
}

export async function findUserByPerson(db: DbOrTx, personId: string) {
  const [row] = await db.select().from(appUser).where(eq(appUser.personId, personId));
  return row;
}

/** Users with their person's organisation and their grants, for role management. */
export async function listUsersWithGrants(db: DbOrTx) {
  const users = await db
    .select({
      id: appUser.id,
      name: appUser.displayName,
      email: appUser.email,
      isDemo: appUser.isDemo,
      disabled: appUser.disabled,
      bound: appUser.subject,
      lastLoginAt: appUser.lastLoginAt,
      organisationId: person.organisationId,
      organisationName: organisation.name,
    })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .orderBy(asc(appUser.displayName));
  const grants = await db.select().from(roleGrant).orderBy(asc(roleGrant.createdAt));
  return users.map(({ bound, ...u }) => ({
    ...u,
    bound: bound !== null,
    grants: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ id: g.id, role: g.role, officeId: g.officeId, organisationId: g.organisationId })),
  }));
}

export async function findGrant(db: DbOrTx, id: string): Promise<GrantRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(roleGrant).where(eq(roleGrant.id, id));
  return row;
}

export async function countAdminGrants(db: DbOrTx): Promise<number> {
  const rows = await db
    .select({ id: roleGrant.id })
    .from(roleGrant)
    .innerJoin(appUser, eq(appUser.id, roleGrant.userId))
    .where(and(eq(roleGrant.role, 'admin'), eq(appUser.disabled, false)));
  return rows.length;
}

export async function findPersonByEmail(db: DbOrTx, email: string, organisationId: string) {
  const [row] = await db.select().from(person).where(and(eq(person.email, email), eq(person.organisationId, organisationId)));
  return row;
}

/** Invitations that a first login with this identifier could use, newest first (including used and expired ones,
 * so the caller can say why none applies). */
export async function findInvitationsFor(db: DbOrTx, id: LoginIdentifier): Promise<InvitationRow[]> {
  const match = id.kind === 'email' ? eq(invitation.email, id.email) : eq(invitation.identifier, id.identifier);
  return db.select().from(invitation).where(and(match, isNull(invitation.revokedAt))).orderBy(desc(invitation.createdAt));
}

export async function findOpenInvitationForPerson(db: DbOrTx, personId: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitation)
    .where(and(eq(invitation.personId, personId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now)));
  return row;
}

const invitationWithOrg = {
  invitation,
  personName: person.name,
  organisationId: organisation.id,
  organisationName: organisation.name,
  officeId: organisation.officeId,
};

export async function findInvitation(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select(invitationWithOrg)
    .from(invitation)
    .innerJoin(person, eq(person.id, invitation.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(eq(invitation.id, id));
  return row;
}

/** The invitation read scope (src/domain/access/access-policy.ts) as a `where` over the invited person's `organisation`. */
export function invitationScopeWhere(scope: InvitationScope): SQL | undefined {
  return scopeWhere(scope, (c) => uuidIn(organisation.id, c.organisationIn));
}

export async function listInvitationRows(db: DbOrTx, filter: { organisationId?: string | undefined; scope?: InvitationScope }) {
  const conditions: SQL[] = [];
  if (filter.organisationId && isUuid(filter.organisationId)) conditions.push(eq(organisation.id, filter.organisationId));
  else if (filter.organisationId) return [];
  const scoped = filter.scope ? invitationScopeWhere(filter.scope) : undefined;
  if (scoped) conditions.push(scoped);
  return db
    .select(invitationWithOrg)
    .from(invitation)
    .innerJoin(person, eq(person.id, invitation.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(invitation.createdAt));
}
