// The digest the access matrix takes around every refused cell: it must see any write that commits (one column of one
// row, a new row, a removed row) and nothing else: not a read, not a write that is rolled back, not a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appUser, region, session } from '../../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { fingerprint } from './fingerprint.ts';

let t: TestDatabase;
let regionId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const [made] = await t.db.insert(region).values({ name: 'Fingeravtrykk', officeId: 'nordland', description: 'før' }).returning();
  regionId = made!.id;
});
afterAll(() => t.close());

describe('the access matrix fingerprint', () => {
  it('stays the same over reads, a rolled-back write and a new session', async () => {
    const before = await fingerprint(t.db);
    await t.db.select().from(region);
    await expect(
      t.db.transaction(async (tx) => {
        await tx.update(region).set({ description: 'rullet tilbake' }).where(eq(region.id, regionId));
        throw new Error('avbrutt');
      }),
    ).rejects.toThrow('avbrutt');
    const [user] = await t.db.select({ id: appUser.id }).from(appUser).limit(1);
    await t.db.insert(session).values({ idHash: 'fingerprint-test', userId: user!.id, csrfToken: 'x', createdAt: new Date(), lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('changes when one column of one row is updated', async () => {
    const before = await fingerprint(t.db);
    await t.db.update(region).set({ description: 'etter' }).where(eq(region.id, regionId));
    expect(await fingerprint(t.db)).not.toBe(before);
  });

  it('changes when a row is inserted', async () => {
    const before = await fingerprint(t.db);
    await t.db.insert(region).values({ name: 'Fingeravtrykk 2', officeId: 'nordland' });
    expect(await fingerprint(t.db)).not.toBe(before);
  });

  it('changes when a row is deleted', async () => {
    await t.db.insert(region).values({ name: 'Fingeravtrykk 3', officeId: 'nordland' });
    const before = await fingerprint(t.db);
    await t.db.delete(region).where(eq(region.name, 'Fingeravtrykk 3'));
    expect(await fingerprint(t.db)).not.toBe(before);
  });
});
