// Reads and writes of users, their role grants and pending OIDC logins (invitations: invitation-repository.ts). No
// access decisions here: use cases make them.
import { and, asc, eq, lt } from 'drizzle-orm';
import { forgetSessions } from './session-cache.ts';
import type { DbOrTx } from './client.ts';
import { appUser, oidcLoginState, organisation, person, roleGrant } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type UserRow = typeof appUser.$inferSelect;
export type GrantRow = typeof roleGrant.$inferSelect;
/** A grant to write: the role with the office or organisation it holds in, and who granted it. */
export type NewGrant = Omit<typeof roleGrant.$inferInsert, 'id' | 'createdAt'>;

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

/** A demo user that may log in (not disabled); an id that is not a uuid is simply unknown. */
export async function findActiveDemoUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.id, id), eq(appUser.isDemo, true), eq(appUser.disabled, false)));
  return row;
}

/** The demo users with their organisation, one row per role (a user without roles has one row, role null). */
export async function listDemoUserRoles(db: DbOrTx) {
  return db
    .select({ id: appUser.id, name: appUser.displayName, organisation: organisation.name, role: roleGrant.role })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .leftJoin(roleGrant, eq(roleGrant.userId, appUser.id))
    .where(eq(appUser.isDemo, true))
    .orderBy(asc(appUser.displayName));
}

export async function insertUser(tx: DbOrTx, values: { personId: string; displayName: string; email: string; issuer: string; subject: string }) {
  const [row] = await tx.insert(appUser).values(values).returning();
  return row;
}

/** Binds a login identity to an existing user (a first login); a bound user is no longer a demo user. */
export async function bindUserIdentity(tx: DbOrTx, input: { id: string; issuer: string; subject: string }) {
  forgetSessions();
  const [row] = await tx.update(appUser).set({ issuer: input.issuer, subject: input.subject, isDemo: false }).where(eq(appUser.id, input.id)).returning();
  return row;
}

export async function recordLogin(tx: DbOrTx, input: { userId: string; at: Date }) {
  await tx.update(appUser).set({ lastLoginAt: input.at }).where(eq(appUser.id, input.userId));
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

export async function listGrantsOfUser(db: DbOrTx, userId: string): Promise<GrantRow[]> {
  return db.select().from(roleGrant).where(eq(roleGrant.userId, userId));
}

export async function insertGrant(tx: DbOrTx, values: NewGrant): Promise<GrantRow | undefined> {
  forgetSessions();
  const [created] = await tx.insert(roleGrant).values(values).returning();
  return created;
}

/** Writes several grants at once (those an invitation carries, at its first login). */
export async function insertGrants(tx: DbOrTx, values: NewGrant[]) {
  forgetSessions();
  await tx.insert(roleGrant).values(values);
}

export async function deleteGrant(tx: DbOrTx, id: string) {
  forgetSessions();
  await tx.delete(roleGrant).where(eq(roleGrant.id, id));
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
