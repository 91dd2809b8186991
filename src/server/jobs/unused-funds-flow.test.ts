// Unused money on a real database (issue 15 point 2): an accepted tilsagn of Sør-Troms over three years with its plan
// approved (the matrix's utbetaling fixture) and the first year's owner share paid (a batch marked paid, written
// straight into the tables: batches are another helper's). A case officer registers unused money and decides it:
// held over to next year; offset, which lowers next year's payable amount; claimed back — the claim numbered in the
// county's case after every document there, rendered by its job to PDF and Word, e-mailed with the PDF attached, and
// later received in part and then in full. Bad input is refused with a Norwegian message and writes nothing.
// (Here rather than beside the use cases: it runs the render job and builds on the access matrix's utbetaling
// fixture, both server code, which a use-case folder may not import.)
import { and, eq, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentNumbersInCase, lockRoundCase } from '../../db/behovsmelding-round-repository.ts';
import { auditLog, behovsmelding, behovsmeldingRoundCase, emailOutbox, job as jobQueue, paymentBatch, paymentBatchItem, paymentLine, unusedFunds, utbetalingSetting, vedtak } from '../../db/schema/index.ts';
import { compact, pdfPages } from '../../documents/blocks/test-pdf-text.ts';
import { formatDocumentNumber, nextDocumentSequence, parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { payableRest, RENDER_REPAYMENT_CLAIM_JOB } from '../../domain/utbetaling/unused-funds.ts';
import { loadFixtures } from '../access-matrix/fixtures.ts';
import { matrixPlannedRound, type MatrixPlan } from '../access-matrix/utbetaling-fixtures.ts';
import { renderRepaymentClaimHandler } from './render-repayment-claim-job.ts';
import { demoActor } from '../../test/actors.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { decideUnusedFunds } from '../../usecases/utbetaling/decide-unused-funds.ts';
import { getPartnershipMoney } from '../../usecases/utbetaling/get-partnership-money.ts';
import { getRepaymentClaim } from '../../usecases/utbetaling/get-repayment-claim.ts';
import { getUnusedFunds } from '../../usecases/utbetaling/get-unused-funds.ts';
import { getUtbetalingSettings } from '../../usecases/utbetaling/get-utbetaling-settings.ts';
import { recordRepaymentReceived } from '../../usecases/utbetaling/record-repayment-received.ts';
import { registerUnusedFunds } from '../../usecases/utbetaling/register-unused-funds.ts';
import { updateUtbetalingSettings } from '../../usecases/utbetaling/update-utbetaling-settings.ts';

const clock = fixedClock('2026-11-02T10:00:00+01:00');
const config = { databaseUrl: 'stored-in-the-database', dataDir: '/nonexistent' };
const KONTONR = '76940512057';

let database: TestDatabase;
let plan: MatrixPlan;
let siri: Awaited<ReturnType<typeof demoActor>>;
let Y: number;

const ownerLine = (year: number) => plan.lines.find((l) => l.recipient === 'owner' && l.year === year)!;
const unusedRows = async () => (await database.db.select({ n: count() }).from(unusedFunds))[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const fx = await loadFixtures(db);
  plan = await matrixPlannedRound(db, fx, 'own');
  Y = plan.year;
  siri = await demoActor(db, 'saksbehandler');
  // The demo set this office's repayment account (src/seed/demo-utbetaling); these tests start from an office without one.
  await db.delete(utbetalingSetting);
  // The fixture's list is marked issued without numbering its letters (another helper's work): number the tilsagn in
  // its county's case as the issue does, so the claim can cite it and must come after it.
  const [app] = await db.select({ countyNumber: behovsmelding.countyNumber }).from(behovsmelding).innerJoin(vedtak, eq(vedtak.applicationId, behovsmelding.id)).where(eq(vedtak.id, plan.vedtakId));
  // The fixture’s round (year 4100+) has no case numbers: give its county one in a year a case number can have.
  await db.insert(behovsmeldingRoundCase).values({ roundId: plan.roundId, countyNumber: app!.countyNumber, caseNumber: `2099/${Y}` }).onConflictDoNothing();
  const caseRow = await lockRoundCase(db, plan.roundId, app!.countyNumber);
  const taken = (await documentNumbersInCase(db, caseRow!.caseNumber)).map((n) => parseDocumentNumber(n)?.documentSequence ?? 0);
  await db.update(vedtak).set({ documentNumber: formatDocumentNumber(caseRow!.caseNumber, nextDocumentSequence(taken)) }).where(eq(vedtak.id, plan.vedtakId));
  // The first year's owner share has reached the account: a batch the finance system paid.
  const [batch] = await db
    .insert(paymentBatch)
    .values({ officeId: fx.office.own, roundId: plan.roundId, state: 'betalt', preparedByName: 'Siri Saksbehandler', paidOnLocal: `${Y}-03-01` })
    .returning();
  await db.insert(paymentBatchItem).values({ batchId: batch!.id, lineId: ownerLine(Y).id, amountKr: ownerLine(Y).amountKr, kontonr: ownerLine(Y).kontonr });
}, 120_000);
afterAll(() => database.close());

const register = (amountKr: number, extra: Record<string, unknown> = {}) =>
  registerUnusedFunds({
    db: database.db,
    actor: siri,
    clock,
    vedtakId: plan.vedtakId,
    input: { year: Y, recipient: 'owner', recipientOrgId: ownerLine(Y).recipientOrgId, amountKr, source: 'rapport', note: 'Fra rapporten', ...extra },
  });

describe('the office’s repayment settings', () => {
  it('default to no account and 30 days; a bad account or days out of range are refused in Norwegian', async () => {
    const db = database.db;
    const before = await getUtbetalingSettings({ db, actor: siri, officeId: await officeOf() });
    expect(before.settings).toMatchObject({ repaymentKontonr: null, repaymentDays: 30, version: 0 });
    expect(before.allowed).toContain('edit-settings');
    const bad = await appError(updateUtbetalingSettings({ db, actor: siri, clock, officeId: before.settings.officeId, input: { repaymentKontonr: '76940512058', repaymentDays: 30 } }));
    expect(bad.fieldErrors[0]!.message).toMatch(/kontonummer/i);
    const days = await appError(updateUtbetalingSettings({ db, actor: siri, clock, officeId: before.settings.officeId, input: { repaymentKontonr: KONTONR, repaymentDays: 5 } }));
    expect(days.fieldErrors[0]!.message).toBe('Betalingsfrist (dager) må være et helt antall dager fra 7 til 90');
  });
});

async function officeOf(): Promise<string> {
  const [row] = await database.db.select({ officeId: paymentLine.officeId }).from(paymentLine).where(eq(paymentLine.id, ownerLine(Y).id));
  return row!.officeId;
}

describe('unused money', () => {
  it('is capped by what was paid for the year and recipient; bad input writes nothing', async () => {
    const before = await unusedRows();
    const zero = await appError(register(0));
    expect(zero.fieldErrors[0]!.message).toBe('Beløp må være et helt antall kroner større enn 0');
    const above = await appError(register(100_001));
    expect(above.userMessage).toContain('kr\u00a0100\u00a0000');
    // Nothing paid for the second year: the partnership cannot report money it never got.
    const unpaid = await appError(register(1, { year: Y + 1 }));
    expect(unpaid.userMessage).toContain('kr\u00a00');
    expect(await unusedRows()).toBe(before);
  });

  it('held over: to the next year by default, with the reason, audited', async () => {
    const db = database.db;
    const { unused } = await register(10_000);
    expect(unused).toMatchObject({ state: 'registrert', amountKr: 10_000, source: 'rapport', allowed: expect.arrayContaining(['decide-unused']) });
    const noReason = await appError(decideUnusedFunds({ db, actor: siri, clock, id: unused.id, input: { decision: 'overfort', reason: ' ', expectedVersion: unused.version } }));
    expect(noReason.fieldErrors[0]!.message).toBe('Begrunnelse må fylles ut');
    const decided = await decideUnusedFunds({ db, actor: siri, clock, id: unused.id, input: { decision: 'overfort', reason: 'Tiltaket fortsetter neste år.', expectedVersion: unused.version } });
    expect(decided.unused).toMatchObject({ state: 'overfort', targetYear: Y + 1, reason: 'Tiltaket fortsetter neste år.', decidedByName: siri.name });
    const again = await appError(decideUnusedFunds({ db, actor: siri, clock, id: unused.id, input: { decision: 'krevd', reason: 'x', expectedVersion: decided.unused.version } }));
    expect(again.code).toBe('CONFLICT');
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'unused-funds'), eq(auditLog.entityId, unused.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('offset: next year’s payment line of the same tilsagn and recipient pays that much less', async () => {
    const db = database.db;
    const next = ownerLine(Y + 1);
    const { unused } = await register(20_000);
    const decided = await decideUnusedFunds({ db, actor: siri, clock, id: unused.id, input: { decision: 'motregnet', reason: 'Trekkes fra neste utbetaling.', expectedVersion: unused.version } });
    expect(decided.unused).toMatchObject({ state: 'motregnet', targetYear: Y + 1, offsetLineId: next.id });
    const [line] = await db.select().from(paymentLine).where(eq(paymentLine.id, next.id));
    expect(line!.offsetKr).toBe(20_000);
    expect(payableRest(line!, 0)).toBe(next.amountKr - 20_000);
    // A year with no payment line of this tilsagn cannot take an offset.
    const { unused: more } = await register(1_000);
    const none = await appError(decideUnusedFunds({ db, actor: siri, clock, id: more.id, input: { decision: 'motregnet', reason: 'x', targetYear: Y + 5, expectedVersion: more.version } }));
    expect(none.userMessage).toBe(`Tilsagnet har ingen utbetaling i ${Y + 5} til samme mottaker å motregne i`);
  });

  it('claimed back: numbered in the county’s case, rendered, e-mailed with the PDF; received in part, then in full', async () => {
    const db = database.db;
    const officeId = await officeOf();
    const { unused } = await register(30_000);
    // No repayment account yet: refused, and the row is as it was.
    const noAccount = await appError(decideUnusedFunds({ db, actor: siri, clock, id: unused.id, input: { decision: 'krevd', reason: 'Ikke brukt.', expectedVersion: unused.version } }));
    expect(noAccount.userMessage).toBe('Embetet har ikke satt konto for tilbakebetaling, så kravet kan ikke sendes');
    expect((await getUnusedFunds({ db, actor: siri, id: unused.id })).unused).toMatchObject({ state: 'registrert', version: unused.version, claim: null });
    await updateUtbetalingSettings({ db, actor: siri, clock, officeId, input: { repaymentKontonr: '7694 05 12057', repaymentDays: 30 } });

    const decided = await decideUnusedFunds({
      db,
      actor: siri,
      clock,
      id: unused.id,
      input: { decision: 'krevd', reason: 'Rapporten viser at midlene ikke ble brukt.', expectedVersion: unused.version },
    });
    const claim = decided.unused.claim!;
    expect(claim).toMatchObject({ dueLocal: '2026-12-02', kontonr: KONTONR, language: 'nb', ready: false });
    const parts = parseDocumentNumber(claim.documentNumber)!;
    expect(parts).not.toBeNull();
    // After every document already in the case (the submission and the tilsagn letter among them), and counted itself.
    const taken = (await documentNumbersInCase(db, parts.caseNumber)).map((n) => parseDocumentNumber(n)!.documentSequence);
    expect(parts.documentSequence).toBe(Math.max(...taken));
    expect(taken.filter((n) => n === parts.documentSequence)).toHaveLength(1);
    const jobs = await db.select().from(jobQueue).where(eq(jobQueue.kind, RENDER_REPAYMENT_CLAIM_JOB));
    expect(jobs.map((j) => j.payload)).toContainEqual({ unusedFundsId: unused.id });

    // Not downloadable before the job has run, and the partnership's page offers no link to it yet.
    expect((await appError(getRepaymentClaim({ db, actor: siri, config, id: unused.id, format: 'pdf' }))).code).toBe('NOT_FOUND');
    const claimReady = async () => (await getPartnershipMoney({ db, actor: siri, partnershipId: plan.partnershipId })).unusedFunds.find((u) => u.id === unused.id)!.claimReady;
    expect(await claimReady()).toBe(false);
    const handler = renderRepaymentClaimHandler({ db, config: { ...config, publicUrl: 'https://kompetanseloft.example' } });
    const job = jobs[0]!;
    await handler({ unusedFundsId: unused.id }, job);
    await handler({ unusedFundsId: unused.id }, job); // a retry renders nothing and mails nothing again

    const pdf = await getRepaymentClaim({ db, actor: siri, config, id: unused.id, format: 'pdf' });
    expect(pdf.contentType).toBe('application/pdf');
    expect(await claimReady()).toBe(true);
    const text = compact((await pdfPages(pdf.data)).join('\n'));
    expect(text).toContain(compact('Vi krever tilbake kr 30 000'));
    expect(text).toContain(compact(`Merk innbetalingen med ${claim.documentNumber}.`));
    expect(text).toContain(compact(`vilkårene i tilsagnet (${decided.unused.vedtakDocumentNumber})`));
    expect(text).toContain(compact('Kontonummer: 7694 05 12057'));
    expect(text).toContain(compact('Rapporten viser at midlene ikke ble brukt.'));
    expect((await getRepaymentClaim({ db, actor: siri, config, id: unused.id, format: 'docx' })).data.length).toBeGreaterThan(1000);

    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'tilbakebetalingskrav'));
    expect(mails.length).toBeGreaterThan(0);
    const recipients = mails.map((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    for (const m of mails) {
      expect(m.subject).toContain(claim.documentNumber);
      expect(m.link).toBe(`https://kompetanseloft.example/utbetaling/partnerskap/${plan.partnershipId}`);
      expect(m.attachments).toEqual([{ fileKey: `repayment-claim-${unused.id}.pdf`, filename: expect.stringMatching(/^krav-.*\.pdf$/), contentType: 'application/pdf' }]);
    }

    // Received: in part, then too much is refused, then the rest.
    const ready = (await getUnusedFunds({ db, actor: siri, id: unused.id })).unused;
    expect(ready.claim!.ready).toBe(true);
    const part = await recordRepaymentReceived({ db, actor: siri, clock, id: unused.id, input: { receivedOnLocal: '2026-11-20', amountKr: 10_000, expectedVersion: ready.version } });
    expect(part.unused).toMatchObject({ state: 'krevd', receivedKr: 10_000, receivedOnLocal: '2026-11-20' });
    const tooMuch = await appError(recordRepaymentReceived({ db, actor: siri, clock, id: unused.id, input: { receivedOnLocal: '2026-11-25', amountKr: 25_000, expectedVersion: part.unused.version } }));
    expect(tooMuch.userMessage).toBe('Innbetalingen er større enn det som står igjen av kravet (kr\u00a020\u00a0000)');
    const badDate = await appError(recordRepaymentReceived({ db, actor: siri, clock, id: unused.id, input: { receivedOnLocal: '2026-02-30', amountKr: 1, expectedVersion: part.unused.version } }));
    expect(badDate.fieldErrors[0]!.message).toBe('Innbetalingsdatoen må være en gyldig dato (ÅÅÅÅ-MM-DD)');
    const full = await recordRepaymentReceived({ db, actor: siri, clock, id: unused.id, input: { receivedOnLocal: '2026-11-30', amountKr: 20_000, expectedVersion: part.unused.version } });
    expect(full.unused).toMatchObject({ state: 'mottatt', receivedKr: 30_000, receivedOnLocal: '2026-11-30', receivedByName: siri.name });
  });

  it('is read by the partnership’s coordinator, not by the forum or another partnership', async () => {
    const db = database.db;
    const { unused } = await register(1_000);
    const ola = await demoActor(db, 'koordinator');
    expect((await getUnusedFunds({ db, actor: ola, id: unused.id })).unused.allowed).toEqual(['read']);
    expect((await appError(getUnusedFunds({ db, actor: await demoActor(db, 'forum'), id: unused.id }))).code).toBe('FORBIDDEN');
    expect((await appError(registerUnusedFunds({ db, actor: ola, clock, vedtakId: plan.vedtakId, input: {} }))).code).toBe('FORBIDDEN');
  });
});
