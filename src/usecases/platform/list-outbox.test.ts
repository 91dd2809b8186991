// The outbox page's use case: newest first, a page at a time, with sent time and delivery state; the admin only (a case officer, who
// sees much else, is refused: mail holds other people's addresses and texts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { markEmailSent, queueEmail } from '../../db/email-repository.ts';
import { emailOutbox, job } from '../../db/schema/index.ts';
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
    const { entries, page, pageSize, allowed } = await listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: {} });
    expect({ page, pageSize }).toEqual({ page: 1, pageSize: OUTBOX_PAGE_SIZE });
    expect(allowed).toEqual(['read', 'resend']);
    // Issue 15 added the delivery fields: kind, language, link, attachments by name, state, attempts and failure.
    const delivery = { kind: null, language: 'nb', link: null, attachments: [], attempts: 0, lastError: null, failedAt: null, emlFile: null };
    expect(entries.slice(0, 2)).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), to: 'nyere@example.org', subject: 'Nyere', text: 'Hei', sentAt: null, ...delivery, state: 'pending', allowed: [] },
      { id: older.id, createdAt: expect.any(String), to: 'eldre@example.org', subject: 'Eldre', text: 'Linje 1\nLinje 2', sentAt: '2030-01-01T12:00:00.000Z', ...delivery, state: 'sent', allowed: [] },
    ]);
    const second = await listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: { page: '2' } });
    expect(second.entries.map((e) => e.id)).not.toContain(older.id);
  });

  it('shows a failed mail with its short error, attachments by name and resend; "Bare feilede" keeps only those', async () => {
    const db = database.db;
    const failed = await queueEmail(db, {
      to: 'feilet@example.org',
      subject: 'Vedtak',
      text: 'Se vedlegg',
      kind: 'vedtak',
      language: 'nn',
      link: 'https://kompetanseloft.example.no/tilsagn/1',
      attachments: [{ fileKey: 'k1', filename: 'vedtak.pdf', contentType: 'application/pdf' }],
    });
    await db.update(emailOutbox).set({ attempts: 5, lastError: 'ESOCKET ECONNREFUSED', failedAt: new Date('2030-01-02T08:00:00Z') }).where(eq(emailOutbox.id, failed.id));
    await db.update(job).set({ failedAt: new Date('2030-01-02T08:00:00Z') }).where(sql`${job.payload}->>'outboxId' = ${failed.id}`);
    const admin = await demoActor(db, 'admin');
    const { entries, onlyFailed } = await listOutbox({ db, clock: systemClock, actor: admin, query: { onlyFailed: 'true' } });
    expect(onlyFailed).toBe(true);
    expect(entries).toEqual([
      {
        id: failed.id,
        createdAt: expect.any(String),
        to: 'feilet@example.org',
        subject: 'Vedtak',
        text: 'Se vedlegg',
        sentAt: null,
        kind: 'vedtak',
        language: 'nn',
        link: 'https://kompetanseloft.example.no/tilsagn/1',
        attachments: [{ filename: 'vedtak.pdf', contentType: 'application/pdf' }],
        state: 'failed',
        attempts: 5,
        lastError: 'ESOCKET ECONNREFUSED',
        failedAt: '2030-01-02T08:00:00.000Z',
        emlFile: null,
        allowed: ['resend'],
      },
    ]);
  });

  it('refuses everyone but the admin, and a bad page number', async () => {
    const db = database.db;
    for (const key of ['saksbehandler', 'koordinator', 'leser'] as const)
      await expect(listOutbox({ db, clock: systemClock, actor: await demoActor(db, key), query: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listOutbox({ db, clock: systemClock, actor: await demoActor(db, 'admin'), query: { page: '0' } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
