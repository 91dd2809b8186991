// The outbox page's use case: newest first, a page at a time, with sent time; the admin only (a case officer, who
// sees much else, is refused: mail holds other people's addresses and texts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markEmailSent, queueEmail } from '../../db/email-repository.ts';
import { OUTBOX_PAGE_SIZE } from '../../domain/platform/outbox-query.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { listOutbox } from './list-outbox.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('listOutbox', () => {
  it('lists queued mail newest first with its text and whether it was sent', async () => {
    const db = database.db;
    const older = await queueEmail(db, { to: 'eldre@example.org', subject: 'Eldre', text: 'Linje 1\nLinje 2' });
    await markEmailSent(db, older.id, new Date('2030-01-01T12:00:00Z'));
    await queueEmail(db, { to: 'nyere@example.org', subject: 'Nyere', text: 'Hei' });
    const { entries, page, pageSize } = await listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: {} });
    expect({ page, pageSize }).toEqual({ page: 1, pageSize: OUTBOX_PAGE_SIZE });
    expect(entries.slice(0, 2)).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), to: 'nyere@example.org', subject: 'Nyere', text: 'Hei', sentAt: null },
      { id: older.id, createdAt: expect.any(String), to: 'eldre@example.org', subject: 'Eldre', text: 'Linje 1\nLinje 2', sentAt: '2030-01-01T12:00:00.000Z' },
    ]);
    const second = await listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: { page: '2' } });
    expect(second.entries.map((e) => e.id)).not.toContain(older.id);
  });

  it('refuses everyone but the admin, and a bad page number', async () => {
    const db = database.db;
    for (const key of ['saksbehandler', 'koordinator', 'leser'] as const)
      await expect(listOutbox({ db, clock: systemClock, actor: await demoActor(db, key), query: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: { page: '0' } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
