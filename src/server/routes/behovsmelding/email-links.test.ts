// Every e-mail the app sends links to the thing it is about (issue 12, point 5), as the running server sends them:
// the invitation to the login that accepts it, the receipt, the return and the resubmission notice to the
// application. The flows go through HTTP, so a route that forgets to give its use case the public address fails
// here too. Any other mail these flows queue must at least carry a link into the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gt } from 'drizzle-orm';
import { emailOutbox } from '../../../db/schema/index.ts';
import { systemClock } from '../../../domain/shared/clock.ts';
import { demoActor } from '../../../test/actors.ts';
import { completeValues, fillApplication, roundInput } from '../../../test/behovsmelding-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';
import { createApplication } from '../../../usecases/behovsmelding/create-application.ts';

let t: TestApp;
/** When the server started: the demo seed's own mails (written before any server ran) are older. */
let started: Date;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://kompetanseloft.example.no' });
  started = new Date();
});
afterAll(() => t.close());

const DAY_MS = 86_400_000;
/** An Oslo wall-clock date `days` from today (the server runs on the system clock). */
const localDay = (days: number, time: string) => `${new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)}T${time}`;

async function mailsSince(at: Date) {
  return t.database.db.select().from(emailOutbox).where(gt(emailOutbox.createdAt, at));
}

describe('every e-mail links to the thing it is about', () => {
  it('the invitation e-mail links to the login that accepts it', async () => {
    const before = new Date(Date.now() - 1);
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const harstad = await orgId(t.database.db, 'Harstad kommune');
    const res = await admin.post('/api/invitations', { name: 'Lenke Test', email: 'lenke.test@example.org', organisationId: harstad, roles: [{ role: 'eierkoordinator', organisationId: harstad }] });
    expect(res.statusCode).toBe(201);
    const mails = await mailsSince(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('https://kompetanseloft.example.no/logg-inn');
  });

  it('the receipt, the return and the resubmission e-mails link to the application', async () => {
    const db = t.database.db;
    const ola = await demoActor(db, 'koordinator');
    const staff = await loginAs(t.app, 'saksbehandler', db);
    const coordinator = await loginAs(t.app, 'koordinator', db);
    const created = await staff.post('/api/behovsmelding/rounds', roundInput(2091, { opensAtLocal: localDay(-30, '08:00:00'), deadlineLocal: localDay(30, '23:59:59') }));
    expect(created.statusCode).toBe(201);
    const roundId = (created.json() as { round: { id: string } }).round.id;
    const partnership = await partnershipByName(db, SOR_TROMS);
    const app = await createApplication({ db, actor: ola, clock: systemClock, input: { roundId, partnershipId: partnership.id } });
    await fillApplication(db, ola, app.id, 0, completeValues(), systemClock);
    const link = `https://kompetanseloft.example.no/behovsmeldinger/${app.id}`;

    const before = new Date(Date.now() - 1);
    expect((await coordinator.post(`/api/behovsmelding/applications/${app.id}/submit`)).statusCode).toBe(200);
    const receipts = await mailsSince(before);
    // To the contact person of 4.1 and to the coordinator.
    expect(receipts.map((m) => m.to).sort()).toEqual(['ola.koordinator@example.org', 'tone.eide@example.org']);
    for (const m of receipts) expect(m.text, m.subject).toContain(link);

    const beforeReturn = new Date(Date.now() - 1);
    expect((await staff.post(`/api/behovsmelding/applications/${app.id}/return`, { message: 'Budsjettet mangler.' })).statusCode).toBe(200);
    const returned = await mailsSince(beforeReturn);
    expect(returned.map((m) => m.to)).toEqual(['tone.eide@example.org']);
    expect(returned[0]!.text).toContain(link);

    const beforeResubmit = new Date(Date.now() - 1);
    expect((await coordinator.post(`/api/behovsmelding/applications/${app.id}/submit`)).statusCode).toBe(200);
    const resubmitted = await mailsSince(beforeResubmit);
    expect(resubmitted.length).toBeGreaterThanOrEqual(2);
    for (const m of resubmitted) expect(m.text, m.subject).toContain(link);
  });

  it('no e-mail queued by a request carries a path without the public address', async () => {
    const requested = await mailsSince(started);
    expect(requested.length).toBeGreaterThanOrEqual(6);
    for (const m of requested) expect(m.text, m.subject).toMatch(/https:\/\/kompetanseloft\.example\.no\/\S+/);
  });
});
