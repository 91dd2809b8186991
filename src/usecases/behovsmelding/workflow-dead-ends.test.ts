// Issue 12, points 1–3: workflows that dead-ended. A returned application could not come back after the deadline, an
// extension on a closed round did not let the partnership start, and a coordinator could neither take a submission
// back nor delete a draft. Each test is named after the defect it proves fixed; all run on a real database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, behovsmelding, emailOutbox } from '../../db/schema/index.ts';
import { defaultResubmitUntilLocal, submitTiming } from '../../domain/behovsmelding/resubmission-window.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { applicationListCreates } from '../../views/behovsmelding/behovsmelding-creates.ts';
import { createApplication } from './create-application.ts';
import { deleteDraft } from './delete-draft.ts';
import { getApplication } from './get-application.ts';
import { grantExtension } from './grant-extension.ts';
import { listRoundApplications } from './list-round-applications.ts';
import { returnApplication } from './return-application.ts';
import { submitApplication } from './submit-application.ts';
import { withdrawExtension } from './withdraw-extension.ts';
import { withdrawSubmission } from './withdraw-submission.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** A filled application of Sør-Troms in a round of `year` (deadline 1 December the year before, 23:59:59 Oslo). */
async function setup(year: number) {
  const db = database.db;
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const round = await openRound(db, staff, year);
  const p = await partnershipByName(db, SOR_TROMS);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year });
  await fillApplication(db, ola, app.id, year);
  return { db, staff, ola, round, p, app, clock: duringRound(year) };
}

const files = (tmp: string) => (db: Parameters<typeof fileStoreFor>[0]['db']) => fileStoreFor({ databaseUrl: undefined, dataDir: tmp, db });

describe('the resubmission window of a return (point 1)', () => {
  it('the default window ends 14 days ahead at the end of the Oslo day, also across the change to summer time', () => {
    expect(defaultResubmitUntilLocal(new Date('2051-12-10T09:00:00Z'))).toBe('2051-12-24T23:59:59');
    // 23:30 UTC on 20 March is already 21 March in Oslo.
    expect(defaultResubmitUntilLocal(new Date('2052-03-20T23:30:00Z'))).toBe('2052-04-04T23:59:59');
  });

  it('a returned application can be resubmitted after the deadline, inside its window, and is not flagged late', async () => {
    const { db, staff, ola, round, app, clock } = await setup(2051);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    // Returned a week after the deadline (1 December 2050): the default window runs to 22 December, end of day.
    const returnedAt = fixedClock('2050-12-08T10:00:00Z');
    const returned = await returnApplication({ db, actor: staff, clock: returnedAt, id: app.id, input: { message: 'Rett budsjettet.' }, publicUrl: 'https://kl.example.org' });
    expect(returned.deadline).toMatchObject({ resubmitUntilLocal: '2050-12-22T23:59:59', onTimeNow: true, closesAt: '2050-12-22T23:00:00.000Z' });
    const [toApplicant] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.to, 'tone.eide@example.org'), eq(emailOutbox.subject, `Behovsmelding ${returned.submissions[0]!.documentNumber} er returnert for retting`)));
    expect(toApplicant!.text).toContain('send den inn på nytt innen 22.12.2050 kl. 23:59');
    expect(toApplicant!.text).toContain(`https://kl.example.org/behovsmeldinger/${app.id}`);

    // Today: 409 "Fristen gikk ut". Now on time, inside the window, and not "sen".
    const again = await submitApplication({ db, actor: ola, clock: fixedClock('2050-12-20T12:00:00Z'), id: app.id, publicUrl: 'https://kl.example.org' });
    expect(again.sequence).toBe(2);
    const [row] = await db.select().from(behovsmelding).where(eq(behovsmelding.id, app.id));
    expect(row).toMatchObject({ status: 'sendt', onExtension: false });
    const list = await listRoundApplications({ db, actor: staff, clock: returnedAt, roundId: round.id, filter: {} });
    expect(list.applications).toMatchObject([{ status: 'sendt', late: false, returned: true }]);
  });

  it('the case officer who returned an application is told by e-mail, with a link, when it is resubmitted', async () => {
    const { db, staff, ola, app, clock } = await setup(2052);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    await returnApplication({ db, actor: staff, clock, id: app.id, input: { message: 'Mangler UH-budsjett.' } });
    const again = await submitApplication({ db, actor: ola, clock, id: app.id, publicUrl: 'https://kl.example.org' });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'siri.saksbehandler@example.org'));
    const note = mails.find((m) => m.subject === `Behovsmelding ${again.documentNumber} er sendt inn på nytt`);
    expect(note?.text).toContain(`https://kl.example.org/behovsmeldinger/${app.id}`);
    expect(note?.text).toContain('Ola Strand');
  });

  it('a resubmission after the window has closed is refused, naming the window’s last day', async () => {
    const { db, staff, ola, app, clock } = await setup(2053);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    await returnApplication({ db, actor: staff, clock: fixedClock('2052-12-05T10:00:00Z'), id: app.id, input: { message: 'Rett.', resubmitUntilLocal: '2052-12-12T16:00' } });
    const late = await caught(submitApplication({ db, actor: ola, clock: fixedClock('2052-12-12T15:00:01Z'), id: app.id }));
    expect(late.status).toBe(409);
    expect(late.userMessage).toBe('Fristen for å sende inn på nytt gikk ut 12.12.2052 kl. 16:00. Be saksbehandler om en ny frist.');
    // 16:00:00 Oslo is inclusive to the end of its second, as every deadline here.
    expect(submitTiming({ deadlineLocal: '2052-12-01T23:59:59', extensionUntilLocal: null, resubmitUntilLocal: '2052-12-12T16:00:00', submittedAt: new Date('2052-12-12T15:00:00.999Z') })).toMatchObject({ onTime: true, late: false });
  });

  it('a window that ends before now is refused with a Norwegian message at its field', async () => {
    const { db, staff, ola, app, clock } = await setup(2054);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    const refused = await caught(returnApplication({ db, actor: staff, clock, id: app.id, input: { message: 'Rett.', resubmitUntilLocal: '2053-10-01T12:00' } }));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual([{ field: 'resubmitUntilLocal', message: 'Fristen for å sende inn på nytt må være etter nå' }]);
  });
});

describe('extensions (point 2)', () => {
  it('a partnership with an extension on a closed round is offered that round, and can start in it', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const round = await openRound(db, staff, 2055);
    const p = await partnershipByName(db, SOR_TROMS);
    const afterDeadline = fixedClock('2054-12-03T10:00:00Z');
    await grantExtension({ db, actor: staff, clock: afterDeadline, roundId: round.id, input: { partnershipId: p.id, untilLocal: '2054-12-15T12:00:00', reason: 'Sykdom' } });
    const creates = await applicationListCreates({ db, actor: ola });
    expect(creates.application?.extensions).toContainEqual({ roundId: round.id, partnershipId: p.id, untilLocal: '2054-12-15T12:00:00' });
    const app = await createApplication({ db, actor: ola, clock: afterDeadline, input: { roundId: round.id, partnershipId: p.id } });
    expect(app.status).toBe('utkast');
  });

  it('an extension withdrawn by the office no longer lets the partnership start; the withdrawal is audited', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const round = await openRound(db, staff, 2056);
    const p = await partnershipByName(db, SOR_TROMS);
    const afterDeadline = fixedClock('2055-12-03T10:00:00Z');
    await grantExtension({ db, actor: staff, clock: afterDeadline, roundId: round.id, input: { partnershipId: p.id, untilLocal: '2055-12-15T12:00:00', reason: 'Sykdom' } });

    // Not the coordinator's to withdraw, nor another office's case officer's.
    expect((await caught(withdrawExtension({ db, actor: ola, clock: afterDeadline, roundId: round.id, partnershipId: p.id }))).status).toBe(403);
    const nora = await demoActor(db, 'saksbehandlerNordland');
    expect((await caught(withdrawExtension({ db, actor: nora, clock: afterDeadline, roundId: round.id, partnershipId: p.id }))).status).toBe(403);

    await withdrawExtension({ db, actor: staff, clock: afterDeadline, roundId: round.id, partnershipId: p.id });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'behovsmelding-extension'), eq(auditLog.entityId, `${round.id}:${p.id}`), eq(auditLog.action, 'delete')));
    expect(audit).toHaveLength(1);
    expect((await applicationListCreates({ db, actor: ola })).application?.extensions.some((e) => e.roundId === round.id)).toBe(false);
    const refused = await caught(createApplication({ db, actor: ola, clock: afterDeadline, input: { roundId: round.id, partnershipId: p.id } }));
    expect(refused.status).toBe(409);
    expect(refused.userMessage).toBe('Fristen gikk ut 01.12.2055 kl. 23:59. Be saksbehandler om utsatt frist.');
    // A second withdrawal finds nothing.
    expect((await caught(withdrawExtension({ db, actor: staff, clock: afterDeadline, roundId: round.id, partnershipId: p.id }))).status).toBe(404);
  });

  it('"Returner" is offered on the application page to the round’s case officer, not to the coordinator', async () => {
    const { db, staff, ola, app, clock } = await setup(2057);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    expect((await getApplication({ db, actor: staff, clock, id: app.id })).allowed).toContain('return');
    expect((await getApplication({ db, actor: ola, clock, id: app.id })).allowed).not.toContain('return');
  });
});

describe('a coordinator withdraws a submission and deletes a draft (point 3)', () => {
  it('a coordinator can withdraw a submission before the deadline: a draft again, audited, and the office sees it', async () => {
    const { db, staff, ola, round, app, clock } = await setup(2058);
    const sent = await submitApplication({ db, actor: ola, clock, id: app.id });
    const withdrawn = await withdrawSubmission({ db, actor: ola, clock, id: app.id });
    expect(withdrawn).toMatchObject({ status: 'utkast', withdrawnByName: 'Ola Strand', withdrawnAt: clock.now().toISOString() });
    // The submission and its document number stay (archived).
    expect(withdrawn.submissions).toMatchObject([{ sequence: 1, documentNumber: sent.documentNumber }]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, app.id), eq(auditLog.action, 'withdraw')));
    expect(audit).toMatchObject([{ actorName: 'Ola Strand', before: { status: 'sendt' }, after: { status: 'utkast' } }]);
    const list = await listRoundApplications({ db, actor: staff, clock, roundId: round.id, filter: {} });
    expect(list.applications).toMatchObject([{ status: 'utkast', withdrawnAt: clock.now().toISOString() }]);
    // It can be sent again: the next document.
    expect((await submitApplication({ db, actor: ola, clock, id: app.id })).sequence).toBe(2);
  });

  it('a submission cannot be withdrawn after the deadline, nor by the office or another partnership', async () => {
    const { db, staff, ola, app, clock } = await setup(2059);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    const other = await demoActor(db, 'koordinatorNordreisa');
    expect((await caught(withdrawSubmission({ db, actor: other, clock, id: app.id }))).status).toBe(404);
    expect((await caught(withdrawSubmission({ db, actor: staff, clock, id: app.id }))).status).toBe(403);
    const late = await caught(withdrawSubmission({ db, actor: ola, clock: fixedClock('2058-12-02T08:00:00Z'), id: app.id }));
    expect(late.status).toBe(409);
    expect(late.userMessage).toBe('Fristen gikk ut 01.12.2058 kl. 23:59, så innsendingen kan ikke lenger trekkes tilbake. Be saksbehandler returnere behovsmeldingen for retting.');
    const [row] = await db.select().from(behovsmelding).where(eq(behovsmelding.id, app.id));
    expect(row).toMatchObject({ status: 'sendt', withdrawnAt: null });
  });

  it('a coordinator can delete a draft (audited); a submitted or once-submitted one cannot be deleted; strangers cannot', async () => {
    const db = database.db;
    const tmp = mkdtempSync(join(tmpdir(), 'kl-delete-draft-'));
    const staff = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const other = await demoActor(db, 'koordinatorNordreisa');
    const round = await openRound(db, staff, 2060);
    const p = await partnershipByName(db, SOR_TROMS);
    const clock = duringRound(2060);
    const draft = await createApplication({ db, actor: ola, clock, input: { roundId: round.id, partnershipId: p.id } });
    expect((await caught(deleteDraft({ db, actor: other, clock, files: files(tmp), id: draft.id }))).status).toBe(404);
    expect((await caught(deleteDraft({ db, actor: staff, clock, files: files(tmp), id: draft.id }))).status).toBe(403);
    await deleteDraft({ db, actor: ola, clock, files: files(tmp), id: draft.id });
    expect(await db.select().from(behovsmelding).where(eq(behovsmelding.id, draft.id))).toHaveLength(0);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'delete')))).toHaveLength(1);

    // Started anew (the round's one-per-partnership rule no longer stands in the way), then submitted.
    const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year: 2060 });
    await fillApplication(db, ola, app.id, 2060);
    await submitApplication({ db, actor: ola, clock, id: app.id });
    const sent = await caught(deleteDraft({ db, actor: ola, clock, files: files(tmp), id: app.id }));
    expect(sent.status).toBe(409);
    expect(sent.userMessage).toBe('Bare et utkast kan slettes. Trekk innsendingen tilbake først.');
    await withdrawSubmission({ db, actor: ola, clock, id: app.id });
    const journaled = await caught(deleteDraft({ db, actor: ola, clock, files: files(tmp), id: app.id }));
    expect(journaled.userMessage).toBe('Behovsmeldingen har vært sendt inn og er journalført, så den kan ikke slettes');
  });
});
