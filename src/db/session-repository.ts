// Sessions live in the database so any instance can serve any request. The cookie holds a random token;
// the table holds only its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { forgetSessions } from './session-cache.ts';
import { appUser, person, roleGrant, session } from './schema/index.ts';
import type { Actor, Role, RoleGrant } from '../domain/access/roles.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: DbOrTx, userId: string, ttlHours: number, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(session).values({
    idHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ttlHours * 3600_000),
  });
  return { token, csrfToken };
}

export async function deleteSession(db: DbOrTx, token: string) {
  forgetSessions();
  await db.delete(session).where(eq(session.idHash, hashToken(token)));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date) {
  await db.delete(session).where(lt(session.expiresAt, now));
}

export type SessionActor = { actor: Actor; csrfToken: string; email: string; isDemo: boolean };

/** Loads the actor behind a session token, or null when the session is unknown, expired or the user disabled. */
export async function loadSessionActor(db: DbOrTx, token: string, now: Date): Promise<(SessionActor & { expiresAt: Date }) | null> {
  // One statement for every request of a logged-in user: the session, its user and organisation, and the user's
  // grants as a JSON list (a subquery, not a second round trip: this runs before every API call).
  const [row] = await db
    .select({
      session,
      user: appUser,
      organisationId: person.organisationId,
      grants: sql<GrantJson[]>`coalesce((select json_agg(json_build_object('role', g.role, 'officeId', g.office_id, 'organisationId', g.organisation_id)) from ${roleGrant} g where g.user_id = ${appUser.id}), '[]'::json)`,
    })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .innerJoin(person, eq(person.id, appUser.personId))
    .where(and(eq(session.idHash, hashToken(token)), gt(session.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  const actor = toActor(row.user, row.organisationId, row.grants.map((g) => ({ role: g.role as Role, officeId: g.officeId, organisationId: g.organisationId })));
  return { actor, csrfToken: row.session.csrfToken, email: row.user.email, isDemo: row.user.isDemo, expiresAt: row.session.expiresAt };
}

type GrantJson = { role: string; officeId: string | null; organisationId: string | null };

function toActor(user: typeof appUser.$inferSelect, organisationId: string, grants: RoleGrant[]): Actor {
  return { userId: user.id, personId: user.personId, name: user.displayName, organisationId, grants };
}

async function grantsOf(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(roleGrant).where(eq(roleGrant.userId, userId));
  return rows.map((g) => ({ role: g.role as Role, officeId: g.officeId, organisationId: g.organisationId }));
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({ user: appUser, organisationId: person.organisationId })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .where(eq(appUser.id, userId));
  return user ? toActor(user.user, user.organisationId, await grantsOf(db, userId)) : null;
}
