// Sessions live in the database so any instance can serve any request. The cookie holds a random token;
// the table holds only its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { appUser, person, roleGrant, session } from './schema/index.ts';
import type { Actor, Role } from '../domain/access/roles.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: DbOrTx, userId: string, ttlHours: number, now = new Date()) {
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
  await db.delete(session).where(eq(session.idHash, hashToken(token)));
}

export async function deleteExpiredSessions(db: DbOrTx, now = new Date()) {
  await db.delete(session).where(lt(session.expiresAt, now));
}

export type SessionActor = { actor: Actor; csrfToken: string; email: string; isDemo: boolean };

/** Loads the actor behind a session token, or null when the session is unknown, expired or the user disabled. */
export async function loadSessionActor(db: DbOrTx, token: string, now = new Date()): Promise<SessionActor | null> {
  const [row] = await db
    .select({ session, user: appUser, organisationId: person.organisationId })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .innerJoin(person, eq(person.id, appUser.personId))
    .where(and(eq(session.idHash, hashToken(token)), gt(session.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  const actor = await loadActor(db, row.user.id);
  if (!actor) return null;
  return { actor, csrfToken: row.session.csrfToken, email: row.user.email, isDemo: row.user.isDemo };
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({ user: appUser, organisationId: person.organisationId })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .where(eq(appUser.id, userId));
  if (!user) return null;
  const grants = await db.select().from(roleGrant).where(eq(roleGrant.userId, userId));
  return {
    userId: user.user.id,
    personId: user.user.personId,
    name: user.user.displayName,
    organisationId: user.organisationId,
    grants: grants.map((g) => ({ role: g.role as Role, officeId: g.officeId, organisationId: g.organisationId })),
  };
}
