// The messages of issue 15 point 3 queued by their triggers, on a real database: the deadline reminder goes only to
// the partnerships of the round's office and scheme that have not submitted (one submitted, one with a draft, the rest
// with nothing), once however often the scheduler runs; the decision is mailed when its letter is rendered, with the
// Norwegian PDF attached, in nynorsk to Nordreisa (the demo's profile) and with no acceptance text for an avslag; the
// acceptance reminder goes once, 7 days before the last day; and the decision reaches a real SMTP server on loopback
// (smtp-server) with the letter attached. (Innstilling adopted: src/usecases/forum/innstilling.test.ts.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, isNull, like, or } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmelding, behovsmeldingRound, emailOutbox, job, noticeSent, partnership, person, vedtak } from '../../db/schema/index.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { addDaysLocal, RENDER_VEDTAK_LETTER_JOB } from '../../domain/tilsagn/issue-letters.ts';
import { renderVedtakLetterHandler } from './render-vedtak-letter-job.ts';
import { sendEmailHandler } from './send-email-job.ts';
import { SEND_EMAIL_JOB } from '../../db/email-repository.ts';
import { testConfig } from '../../test/test-app.ts';
import { demoActor } from '../../test/actors.ts';
import { markQueuedJobsDone } from '../../test/job-queue.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { insertApprovedRound } from '../../test/tilsagn-letters-fixture.ts';
import { openRound, roundInput } from '../../test/behovsmelding-fixture.ts';
import { updateRound } from '../../usecases/behovsmelding/update-round.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { issueVedtakBatch } from '../../usecases/tilsagn/issue-vedtak-batch.ts';
import { sendDueReminders } from '../../usecases/notify/send-due-reminders.ts';

const OFFICE = 'troms-og-finnmark';
const SCHEME = 'kompetanseloftet';
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const URL = 'https://kl.example.org';
/** The decision mail to Nils, for the SMTP test. */
let decisionMailId: string | undefined;

let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kl-notify-'));
  // The demo's own jobs are not this test's.
  await markQueuedJobsDone(database.db);
}, 60_000);
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function coordinatorEmail(partnershipId: string): Promise<string | null> {
  const [row] = await database.db.select({ email: person.email }).from(partnership).innerJoin(person, eq(person.id, partnership.coordinatorPersonId)).where(eq(partnership.id, partnershipId));
  return row?.email.toLowerCase() ?? null;
}

describe('the deadline reminder', () => {
  it('goes only to partnerships that have not submitted, once per occasion, in their written standard', async () => {
    const db = database.db;
    // A round of 2095 closing 1 December 2094, reminding 14 and 3 days before.
    const [round] = await db
      .insert(behovsmeldingRound)
      .values({ officeId: OFFICE, schemeId: SCHEME, year: 2095, title: 'Kompetanseløftet 2095', opensAtLocal: '2094-09-01T08:00:00', deadlineLocal: '2094-12-01T23:59:59', reminderDaysBefore: [14, 3] })
      .returning();
    const sorTroms = await partnershipByName(db, SOR_TROMS);
    const nordTroms = await partnershipByName(db, NORD_TROMS);
    const [submitted] = await db.insert(behovsmelding).values({ roundId: round!.id, partnershipId: sorTroms.id, countyNumber: '55', status: 'sendt' }).returning();
    const [draft] = await db.insert(behovsmelding).values({ roundId: round!.id, partnershipId: nordTroms.id, countyNumber: '55', status: 'utkast' }).returning();
    const ofRound = await db
      .select({ id: partnership.id })
      .from(partnership)
      .where(and(eq(partnership.officeId, OFFICE), or(isNull(partnership.schemeId), eq(partnership.schemeId, SCHEME))));
    const withNothing = ofRound.map((p) => p.id).filter((id) => id !== sorTroms.id && id !== nordTroms.id);
    expect(withNothing.length).toBeGreaterThan(0);
    const reminded = async () =>
      (await db.select().from(noticeSent).where(and(eq(noticeSent.kind, 'fristpaminnelse'), like(noticeSent.subjectId, `${round!.id}/%`)))).map((n) => [n.subjectId.split('/')[1], n.occasion]);
    const mails = () => db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'fristpaminnelse'));

    // 16 November: nothing due yet.
    await sendDueReminders({ db, clock: fixedClock('2094-11-16T09:00:00Z'), publicUrl: URL });
    expect(await reminded()).toEqual([]);

    // 20 November: the 14-day reminder, to the draft and to those with nothing — not to the submitted one.
    const at = fixedClock('2094-11-20T09:00:00Z');
    await sendDueReminders({ db, clock: at, publicUrl: URL });
    const first = await reminded();
    expect(first.map(([p]) => p).sort()).toEqual([nordTroms.id, ...withNothing].sort());
    expect(first.every(([, occasion]) => occasion === '14-dager-for')).toBe(true);
    const queued = (await mails()).length;
    // Run again (the scheduler every 15 minutes, or a second instance): nothing more.
    await sendDueReminders({ db, clock: at, publicUrl: URL });
    await sendDueReminders({ db, clock: fixedClock('2094-11-24T09:00:00Z'), publicUrl: URL });
    expect((await mails()).length).toBe(queued);

    const all = await mails();
    const sorTromsCoordinator = await coordinatorEmail(sorTroms.id);
    expect(all.some((m) => m.to === sorTromsCoordinator)).toBe(false);
    // Nils, Nord-Troms's coordinator: nynorsk (Nordreisa's choice), about the draft, linking to it.
    const toNils = all.find((m) => m.to === 'nils.nordreisa@example.org');
    expect(toNils).toMatchObject({ language: 'nn', subject: 'Påminning: fristen for behovsmeldinga går ut om 11 dagar', link: `${URL}/behovsmeldinger/${draft!.id}` });
    expect(toNils!.text).toContain('01.12.2094 kl. 23:59');
    expect(toNils!.text).toContain('er eit utkast');
    // One with nothing started is sent to the round.
    const nothingCoordinator = (await Promise.all(withNothing.map(coordinatorEmail))).find((e) => e !== null && e !== 'nils.nordreisa@example.org');
    if (nothingCoordinator) expect(all.find((m) => m.to === nothingCoordinator && m.link === `${URL}/utlysninger/${round!.id}`)).toBeDefined();

    // 29 November: the 3-day reminder, once more only to those who have not submitted.
    await db.update(behovsmelding).set({ status: 'sendt' }).where(eq(behovsmelding.id, draft!.id));
    await sendDueReminders({ db, clock: fixedClock('2094-11-29T09:00:00Z'), publicUrl: URL });
    const second = (await reminded()).filter(([, o]) => o === '3-dager-for').map(([p]) => p);
    expect(second.sort()).toEqual([...withNothing].sort());
    // After the deadline: nothing.
    const before = (await mails()).length;
    await sendDueReminders({ db, clock: fixedClock('2094-12-02T09:00:00Z'), publicUrl: URL });
    expect((await mails()).length).toBe(before);
    expect(submitted).toBeDefined();
  });
});

describe('the round’s reminder days', () => {
  it('default to 14 and 3, are edited with the round (nearest last), and refuse more than three or a repeat', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const round = await openRound(db, siri, 2097);
    expect(round.reminderDaysBefore).toEqual([14, 3]);
    const input = (days: unknown, version: number) => ({ ...roundInput(2097, { caseNumbers: Object.entries(round.caseNumbers).map(([countyNumber, caseNumber]) => ({ countyNumber, caseNumber })) }), expectedVersion: version, reminderDaysBefore: days });
    const updated = await updateRound({ db, actor: siri, clock: fixedClock('2096-10-01T10:00:00Z'), id: round.id, input: input([1, 7], round.version) });
    expect(updated.reminderDaysBefore).toEqual([7, 1]);
    for (const bad of [[1, 1], [1, 2, 3, 4], [61]]) {
      const refused = await updateRound({ db, actor: siri, clock: fixedClock('2096-10-01T10:00:00Z'), id: round.id, input: input(bad, updated.version) }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(400);
    }
    // Left out: unchanged.
    const again = await updateRound({ db, actor: siri, clock: fixedClock('2096-10-01T10:00:00Z'), id: round.id, input: { ...input(undefined, updated.version), reminderDaysBefore: undefined } });
    expect(again.reminderDaysBefore).toEqual([7, 1]);
  });
});

describe('the decision and its acceptance reminder', () => {
  it('is mailed when its letter is rendered, with the PDF attached, in nynorsk to Nordreisa; an avslag asks no acceptance', async () => {
    const db = database.db;
    const sorTroms = await partnershipByName(db, SOR_TROMS);
    const nordTroms = await partnershipByName(db, NORD_TROMS);
    const round = await insertApprovedRound(db, {
      officeId: OFFICE,
      year: 2096,
      countyNumber: '55',
      caseNumber: '2095/7001',
      decisions: [
        { partnershipId: nordTroms.id, kind: 'tilsagn', lines: [{ year: 2096, recipient: 'owner', recipientOrgId: nordTroms.payeeId, amountKr: 250_000 }] },
        { partnershipId: sorTroms.id, kind: 'avslag' },
      ],
    });
    const [nordTromsId, sorTromsId] = round.vedtakIds as [string, string];
    const siri = await demoActor(db, 'saksbehandler');
    const clock = fixedClock('2096-02-05T10:00:00Z');
    await issueVedtakBatch({ db, actor: siri, clock, batchId: round.batchId });
    const ofDecision = (id: string) => db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'vedtak'), like(emailOutbox.link, `%/behovsmeldinger/${round.applicationIds[round.vedtakIds.indexOf(id)]}#%`)));
    // Issued, not yet rendered: nothing is mailed before the letter exists.
    expect(await ofDecision(nordTromsId)).toEqual([]);

    const config = { databaseUrl: database.url, dataDir, publicUrl: URL };
    const handler = renderVedtakLetterHandler({ db, config, clock });
    const jobs = (await db.select().from(job).where(and(eq(job.kind, RENDER_VEDTAK_LETTER_JOB), isNull(job.doneAt)))).filter((j) =>
      round.vedtakIds.includes((j.payload as { vedtakId: string }).vedtakId),
    );
    expect(jobs).toHaveLength(2);
    for (const j of jobs) await handler(j.payload, j);
    // A retry of a finished job mails nothing again.
    for (const j of jobs) await handler(j.payload, j);

    const [v] = await db.select().from(vedtak).where(eq(vedtak.id, nordTromsId));
    const mails = await ofDecision(nordTromsId);
    expect(mails.map((m) => m.to)).toEqual(['nils.nordreisa@example.org']);
    const mail = mails[0]!;
    decisionMailId = mail.id;
    const fileName = `${v!.documentNumber!.replace('/', '-')}.pdf`;
    expect(mail).toMatchObject({ language: 'nn', subject: `Vedtak om tilsegn: Behovsmeldinger 2096 (${v!.documentNumber})` });
    expect(mail.link).toBe(`${URL}/behovsmeldinger/${v!.applicationId}#tilsagn-decision-heading`);
    expect(mail.text).toContain(`må aksepterast innan ${v!.acceptanceDueLocal!.split('-').reverse().join('.')}`);
    expect(mail.attachments).toEqual([{ fileKey: `vedtak-letter-${nordTromsId}-nn.pdf`, filename: fileName, contentType: 'application/pdf' }]);
    const stored = await fileStoreFor({ databaseUrl: database.url, dataDir, db }).get(`vedtak-letter-${nordTromsId}-nn.pdf`);
    expect(stored!.data.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const avslag = await ofDecision(sorTromsId);
    expect(avslag.map((m) => m.to)).toContain('ola.koordinator@example.org');
    expect(avslag[0]!.subject).toMatch(/^Vedtak om avslag: /);
    expect(avslag[0]!.text).not.toContain('aksept');

    // The acceptance reminder: nothing 8 days before the last day, once from 7 days before, however often run.
    const due = v!.acceptanceDueLocal!;
    const reminders = () => db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'akseptpaminnelse'), eq(emailOutbox.link, mail.link!)));
    await sendDueReminders({ db, clock: fixedClock(`${addDaysLocal(due, -8)}T10:00:00Z`), publicUrl: URL });
    expect(await reminders()).toEqual([]);
    await sendDueReminders({ db, clock: fixedClock(`${addDaysLocal(due, -7)}T10:00:00Z`), publicUrl: URL });
    await sendDueReminders({ db, clock: fixedClock(`${addDaysLocal(due, -2)}T10:00:00Z`), publicUrl: URL });
    const sent = await reminders();
    expect(sent.map((m) => [m.to, m.language])).toEqual([['nils.nordreisa@example.org', 'nn']]);
    expect(sent[0]!.subject).toBe(`Påminning: tilsegn ${v!.documentNumber} må aksepterast innan ${due.split('-').reverse().join('.')}`);
  }, 120_000);
});

describe('the decision over SMTP', () => {
  it('arrives at a real SMTP server with the letter attached', async () => {
    const db = database.db;
    expect(decisionMailId).toBeDefined();
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const port = (smtp.server.address() as AddressInfo).port;
      const config = { ...testConfig({ DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${port}` }), databaseUrl: database.url };
      const send = sendEmailHandler({ db, config, log: { info: () => {}, error: () => {} }, clock: fixedClock('2096-02-05T10:05:00Z') });
      const [queued] = (await db.select().from(job).where(and(eq(job.kind, SEND_EMAIL_JOB), isNull(job.doneAt)))).filter((j) => (j.payload as { outboxId: string }).outboxId === decisionMailId);
      expect(queued).toBeDefined();
      await send(queued!.payload, queued!);
      expect(received).toHaveLength(1);
      const raw = received[0]!;
      const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, decisionMailId!));
      expect(mail!.sentAt).not.toBeNull();
      const filename = mail!.attachments[0]!.filename;
      expect(raw).toContain(filename);
      // The attachment's part: its headers name the file, its body is the PDF in base64.
      const part = raw.split(/\r?\n--/).find((p) => p.includes(filename) && /Content-Transfer-Encoding: base64/i.test(p));
      expect(part).toBeDefined();
      const body = part!.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, '');
      expect(Buffer.from(body, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
