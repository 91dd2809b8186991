// The session cache saves a statement per request and must never let a logout, a revoked grant or an expired session
// through in this process; what it may serve stale (a change made by another instance) is bounded by its TTL.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { deleteGrant, insertGrant } from './access-repository.ts';
import { appUser, roleGrant, session } from './schema/index.ts';
import { cachedSessionActor, SESSION_CACHE_TTL_MS } from './session-cache.ts';
import { createSession, deleteSession, hashToken } from './session-repository.ts';

let database: TestDatabase;
let userId: string;
const now = new Date('2026-11-25T12:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
  const [user] = await database.db.select().from(appUser).where(eq(appUser.email, 'siri.saksbehandler@example.org'));
  userId = user!.id;
});
afterAll(() => database.close());
afterEach(() => vi.restoreAllMocks());

/** The settle time after a forget (a write elsewhere in the suite) has passed, so what is read is cached. */
const settled = () => new Promise((r) => setTimeout(r, 1_100));

describe('the session cache', () => {
  it('answers from memory for a while: a row deleted behind its back (another instance) is seen only after the TTL', async () => {
    const { token } = await createSession(database.db, userId, 1, now);
    await settled();
    expect((await cachedSessionActor(database.db, token, now))?.actor.userId).toBe(userId);
    await database.db.delete(session).where(eq(session.idHash, hashToken(token)));
    expect((await cachedSessionActor(database.db, token, now))?.actor.userId).toBe(userId);
    const later = performance.now() + SESSION_CACHE_TTL_MS + 1;
    vi.spyOn(performance, 'now').mockReturnValue(later);
    expect(await cachedSessionActor(database.db, token, now)).toBeNull();
  });

  it('forgets at once on a logout in this process', async () => {
    const { token } = await createSession(database.db, userId, 1, now);
    await settled();
    expect(await cachedSessionActor(database.db, token, now)).not.toBeNull();
    await deleteSession(database.db, token);
    expect(await cachedSessionActor(database.db, token, now)).toBeNull();
  });

  it('forgets at once when a grant is given or revoked', async () => {
    const { token } = await createSession(database.db, userId, 1, now);
    await settled();
    const before = (await cachedSessionActor(database.db, token, now))!.actor.grants.length;
    const grant = await insertGrant(database.db, { userId, role: 'leser', officeId: null, organisationId: null });
    expect((await cachedSessionActor(database.db, token, now))!.actor.grants).toHaveLength(before + 1);
    await deleteGrant(database.db, grant!.id);
    expect((await cachedSessionActor(database.db, token, now))!.actor.grants).toHaveLength(before);
    expect(await database.db.select().from(roleGrant).where(eq(roleGrant.id, grant!.id))).toHaveLength(0);
  });

  it('checks the session’s own expiry on every hit', async () => {
    const { token } = await createSession(database.db, userId, 1, now);
    await settled();
    expect(await cachedSessionActor(database.db, token, now)).not.toBeNull();
    expect(await cachedSessionActor(database.db, token, new Date(now.getTime() + 3_600_001))).toBeNull();
  });

  it('keeps each database apart (tests copy sessions between databases)', async () => {
    const other = await createTestDatabase();
    try {
      const { token } = await createSession(database.db, userId, 1, now);
      await settled();
      expect(await cachedSessionActor(database.db, token, now)).not.toBeNull();
      expect(await cachedSessionActor(other.db, token, now)).toBeNull();
    } finally {
      await other.close();
    }
  });
});
