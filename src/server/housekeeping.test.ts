import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appUser, oidcLoginState, session } from '../db/schema/index.ts';
import { createSession } from '../db/session-repository.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { runHousekeeping } from './housekeeping.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('housekeeping', () => {
  it('deletes expired sessions and stale login states, and keeps live ones', async () => {
    const db = database.db;
    const [user] = await db.select().from(appUser).where(eq(appUser.email, 'siri.saksbehandler@example.org'));
    const now = new Date('2026-11-25T12:00:00Z');
    await createSession(db, user!.id, 1, new Date('2026-11-25T09:00:00Z')); // expired at 10:00
    const live = await createSession(db, user!.id, 12, now);
    await db.insert(oidcLoginState).values([
      { state: 'gammel', codeVerifier: 'v', nonce: 'n', createdAt: new Date('2026-11-25T10:00:00Z') },
      { state: 'fersk', codeVerifier: 'v', nonce: 'n', createdAt: new Date('2026-11-25T11:50:00Z') },
    ]);
    await runHousekeeping(db, now);
    const sessions = await db.select().from(session).where(eq(session.userId, user!.id));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.csrfToken).toBe(live.csrfToken);
    expect((await db.select().from(oidcLoginState)).map((s) => s.state)).toEqual(['fersk']);
  });
});
