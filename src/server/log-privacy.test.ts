// Issue 8, finding 8 — "Logs hold personal data". The attack: anyone who can read the server's log (operators, log
// shipping, a leaked log file) learns who was searched for and what every e-mail said to whom, because Fastify
// logged each request's raw URL (query string included) and, without SMTP_URL, the worker logged each mail's
// recipient and full text. The victims are the demo people. The app runs at level debug (every line the app can
// write, the request lines included) into a captured stream
// over the seeded demo database (global-setup.ts runs the demo seed; its receipt and return mails are queued):
// a behovsmelding is submitted over HTTP, people are searched for by name and address, and the mail worker runs
// with SMTP unset. No name or address may be in the log — and the log must still say what happened (routes, ids).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/env.ts';
import { SEND_EMAIL_JOB } from '../db/email-repository.ts';
import { appUser, emailOutbox, job, partnership, person } from '../db/schema/index.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { completeValues } from '../test/behovsmelding-fixture.ts';
import { loginAs, testConfig } from '../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { matrixDraft } from './access-matrix/behovsmelding-fixtures.ts';
import { buildApp } from './app.ts';
import { createWorker, jobHandlers } from './worker.ts';

let database: TestDatabase;
let app: FastifyInstance;
let log = '';
let config: Config;

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ LOG_LEVEL: 'debug', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-log-privacy-')) });
  expect(config.smtpUrl).toBeFalsy();
  app = await buildApp({ db: database.db, config, logStream: { write: (line: string) => void (log += line) } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Every name and address the log must not hold: the people, the users, the mail recipients, the form's contacts. */
async function personalData(): Promise<string[]> {
  const db = database.db;
  const people = await db.select({ name: person.name, email: person.email }).from(person);
  const users = await db.select({ name: appUser.displayName, email: appUser.email }).from(appUser);
  const recipients = await db.select({ to: emailOutbox.to }).from(emailOutbox);
  const form = completeValues();
  const formContacts = [form['s4.kontaktNavn'], form['s4.kontaktEpost'], 'kari@example.org'] as string[];
  return [...new Set([...people.flatMap((p) => [p.name, p.email]), ...users.flatMap((u) => [u.name, u.email]), ...recipients.map((r) => r.to), ...formContacts])];
}

describe('the server log', () => {
  it('Finding 8: logs hold no names, e-mail addresses or search terms after seed, submit, search and mail', async () => {
    const db = database.db;
    const [sorTroms] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
    const { app: draft, round } = await matrixDraft(db, sorTroms!.id);

    // Submit over HTTP as the demo coordinator: the receipt mail goes to the form's contact and to Ola.
    const ola = await loginAs(app, 'koordinator', db);
    const submitted = await ola.post(`/api/behovsmelding/applications/${draft.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);

    // Searches with a person's name and address in the query string, as the office and the coordinator make them.
    const staff = await loginAs(app, 'saksbehandler', db);
    const searched = ['Ola Strand', 'tone.eide@example.org', 'Åse Ærlig'];
    for (const q of searched) {
      expect((await staff.get(`/api/behovsmelding/rounds/${round.id}/applications?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
      expect((await ola.get(`/api/people?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
    }
    expect((await staff.get('/api/finnes-ikke?epost=ada.admin@example.org')).statusCode).toBe(404);

    // The worker with SMTP unset: every queued mail (the seed's and the receipt) stays in the outbox. The queue also
    // holds the submissions' document renderings (issue 11), which write no mail: the mails are counted by kind.
    // Its clock a second ahead, so the receipt queued a moment ago (stamped by the database's microsecond now()) is due.
    const ahead = { now: () => new Date(Date.now() + 1000) };
    const runOnce = createWorker({ db, clock: ahead, handlers: jobHandlers({ db, config, log: app.log, clock: systemClock }), log: app.log });
    // Counted after the run: the demo's decision letters, rendered by it, queue their decision mails (issue 15).
    while (await runOnce());
    const mails = (await db.select().from(job).where(eq(job.kind, SEND_EMAIL_JOB))).length;
    expect(mails).toBeGreaterThan(1);

    const needles = [...new Set([...(await personalData()), ...searched])];
    const haystack = log.toLowerCase();
    const found = needles.filter((n) => [n, encodeURIComponent(n), n.replace(/ /g, '+')].some((form) => haystack.includes(form.toLowerCase())));
    expect(found, 'personopplysninger i loggen').toEqual([]);

    // Not too much taken out: each request is a line with its route pattern, status and request id; each mail its ids.
    const lines = log.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request completed', method: 'POST', route: '/api/behovsmelding/applications/:id/submit', statusCode: 200, reqId: expect.any(String) }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request completed', route: '/api/people', statusCode: 200 }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request completed', route: null, statusCode: 404 }));
    expect(lines.filter((l) => l.outboxId && l.jobId)).toHaveLength(mails);
  });
});
