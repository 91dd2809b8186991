// Acceptance, klage and the case's views (issue 14, points 4–6) on a real database. The owner's coordinator accepts
// an issued tilsagn (once; a second time is a conflict), a case officer cannot accept and neither can the admin
// (the addressee's own declaration), and another partnership's coordinator neither sees nor accepts it (403). The
// partnership sees its stage move: innstilt (nothing of a decision before the letter) → vedtatt → akseptert. A klage
// is registered (within three weeks shown as a fact), dismissal needs reasons, a klage is forwarded to the appeal
// body and its case documents come as one ZIP with the named files; the office's pipeline counts the stages.
//
// The issued decision is written straight into the tables (the decisions' and letters' use cases are other helpers'
// work and are tested there); the application is a real submission, so its PDF is in the ZIP.
import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileStore } from '../../db/file-store.ts';
import { auditLog, innstilling, klage as klageTable, vedtak, vedtakBatch, vedtakLetter, vedtakLine } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { insertScenario, OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { submitApplication } from '../behovsmelding/submit-application.ts';
import { acceptVedtak } from './accept-vedtak.ts';
import { dismissKlage } from './dismiss-klage.ts';
import { exportKlageZip } from './export-klage-zip.ts';
import { forwardKlage } from './forward-klage.ts';
import { getApplicationDecision } from './get-application-decision.ts';
import { getRoundPipeline } from './get-round-pipeline.ts';
import { recordKlageOutcome } from './record-klage-outcome.ts';
import { registerKlage } from './register-klage.ts';
import { reverseKlage } from './reverse-klage.ts';

const YEAR = 2083;
const ISSUED_AT = new Date('2083-03-01T10:00:00+01:00');
/** Nine days after the letter: within three weeks, acceptance due 22 March (21 days). */
const clock = fixedClock('2083-03-10T12:00:00+01:00');
const config = { databaseUrl: 'stored-in-the-database', dataDir: '/nonexistent' };
const FAKE_PDF = Buffer.from('%PDF-1.7\n% vedtaksbrev (test)\n%%EOF\n');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
}, 60_000);
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const nora = await demoActor(db, 'saksbehandlerNordland');
  const ola = await demoActor(db, 'koordinator');
  const nils = await demoActor(db, 'koordinatorNordreisa');
  const admin = await demoActor(db, 'admin');
  const frode = await demoActor(db, 'forum');
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const uit = await orgId(db, UIT);

  const round = await openRound(db, siri, YEAR);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: sorTroms.id, year: YEAR });
  await fillApplication(db, ola, app.id, YEAR);
  await submitApplication({ db, actor: ola, clock: duringRound(YEAR), id: app.id });

  const scenario = await insertScenario(db, {
    roundId: round.id,
    applications: [{ applicationId: app.id, priority: 1 }],
    lines: [
      { applicationId: app.id, year: YEAR, recipient: 'owner', amountKr: 100_000 },
      { applicationId: app.id, year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
    ],
  });
  await db.insert(innstilling).values({ roundId: round.id, state: 'vedtatt', scenarioId: scenario.id, adoptedAt: new Date('2083-02-01T12:00:00Z'), adoptedByName: 'Siri Saksbehandler' });

  // The decision, prepared in a draft list: nothing of it shows to the partnership yet.
  const [batch] = await db.insert(vedtakBatch).values({ roundId: round.id, officeId: OFFICE, state: 'utkast' }).returning();
  const [decision] = await db
    .insert(vedtak)
    .values({ batchId: batch!.id, roundId: round.id, applicationId: app.id, kind: 'tilsagn', reasons: 'Tiltaket svarer på behovene.', preparedByUserId: siri.userId, preparedByName: siri.name })
    .returning();
  await db.insert(vedtakLine).values([
    { vedtakId: decision!.id, year: YEAR, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 100_000 },
    { vedtakId: decision!.id, year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
  ]);
  return { siri, nora, ola, nils, admin, frode, round, app, batchId: batch!.id, vedtakId: decision!.id };
}

/** Issues the decision as the letters' use case does: numbered, dated, due, the letter stored. */
async function issue() {
  const db = database.db;
  await db.update(vedtakBatch).set({ state: 'utstedt', issuedAt: ISSUED_AT, issuedByName: 'Siri Saksbehandler' }).where(eq(vedtakBatch.id, fx.batchId));
  await db
    .update(vedtak)
    .set({ documentNumber: `${YEAR - 1}/9999-2`, language: 'nb', issuedAt: ISSUED_AT, acceptanceDueLocal: '2083-03-22' })
    .where(eq(vedtak.id, fx.vedtakId));
  const pdfKey = `vedtak-letter-${fx.vedtakId}-nb.pdf`;
  await databaseFileStore(db).put({ key: pdfKey, contentType: 'application/pdf', data: FAKE_PDF });
  await db.insert(vedtakLetter).values({ vedtakId: fx.vedtakId, language: 'nb', state: 'klar', pdfKey, docxKey: null, renderedAt: ISSUED_AT });
}

const ctx = (actor: Awaited<ReturnType<typeof demoActor>>) => ({ db: database.db, actor, clock });

describe('before the letter is issued', () => {
  it('the partnership sees only that the innstilling stands, and the office counts the decision as prepared', async () => {
    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view).toEqual({ stage: 'innstilt', decision: null, klager: [] });
    const pipeline = await getRoundPipeline({ ...ctx(fx.siri), roundId: fx.round.id });
    expect(pipeline.stages.find((s) => s.stage === 'forberedt')).toMatchObject({ count: 1, sumKr: 150_000 });
    expect(pipeline.stages.find((s) => s.stage === 'innstilt')).toMatchObject({ count: 0 });
  });

  it('nothing can be accepted or appealed yet', async () => {
    expect((await appError(acceptVedtak({ ...ctx(fx.ola), vedtakId: fx.vedtakId }))).status).toBe(403);
    const klage = await appError(registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { receivedOnLocal: '2083-03-05', fromName: 'Ola', summary: 'For lite' } }));
    expect(klage.status).toBe(400);
  });
});

describe('acceptance', () => {
  beforeAll(issue);

  it('the partnership sees the decision once issued: amounts, reasons, letter, the last day to accept', async () => {
    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view.stage).toBe('vedtatt');
    expect(view.decision).toMatchObject({
      kind: 'tilsagn',
      documentNumber: `${YEAR - 1}/9999-2`,
      letterDateLocal: '2083-03-01',
      reasons: 'Tiltaket svarer på behovene.',
      totals: [{ year: YEAR, totalKr: 150_000 }],
      letters: [{ language: 'nb', ready: true }],
      acceptance: { needed: true, dueLocal: '2083-03-22', acceptedAt: null, reminderDue: false },
    });
    expect(view.decision!.allowed).toContain('accept');
    expect(view.decision!.lines.map((l) => [l.recipient, l.amountKr])).toEqual([['owner', 100_000], ['uh', 50_000]]);
  });

  it('links the partnership’s payments for those who may read its money: its own and the case officer, not the forum', async () => {
    const sorTroms = await partnershipByName(database.db, SOR_TROMS);
    for (const actor of [fx.ola, fx.siri]) expect((await getApplicationDecision({ ...ctx(actor), applicationId: fx.app.id })).decision!.moneyPartnershipId).toBe(sorTroms.id);
    expect((await getApplicationDecision({ ...ctx(fx.frode), applicationId: fx.app.id })).decision!.moneyPartnershipId).toBeNull();
  });

  it('a reminder is due when the last day is near', async () => {
    const late = { ...ctx(fx.ola), clock: fixedClock('2083-03-20T12:00:00+01:00') };
    expect((await getApplicationDecision({ ...late, applicationId: fx.app.id })).decision!.acceptance.reminderDue).toBe(true);
    const pipeline = await getRoundPipeline({ ...late, actor: fx.siri, roundId: fx.round.id });
    expect(pipeline.reminders).toEqual([expect.objectContaining({ vedtakId: fx.vedtakId, dueLocal: '2083-03-22', partnershipName: SOR_TROMS })]);
  });

  it('another partnership sees nothing and cannot accept; a case officer, the forum and the admin cannot accept', async () => {
    expect((await appError(getApplicationDecision({ ...ctx(fx.nils), applicationId: fx.app.id }))).status).toBe(404);
    for (const actor of [fx.nils, fx.siri, fx.frode, fx.admin, fx.nora]) expect((await appError(acceptVedtak({ ...ctx(actor), vedtakId: fx.vedtakId }))).status).toBe(403);
    const [row] = await database.db.select().from(vedtak).where(eq(vedtak.id, fx.vedtakId));
    expect(row!.acceptedAt).toBeNull();
  });

  it('the owner’s coordinator accepts, once; the stage moves to akseptert and the office sees it', async () => {
    const before = (await database.db.select().from(auditLog)).length;
    const accepted = await acceptVedtak({ ...ctx(fx.ola), vedtakId: fx.vedtakId });
    expect(accepted).toMatchObject({ vedtakId: fx.vedtakId, acceptedByName: fx.ola.name });
    expect((await database.db.select().from(auditLog)).length).toBe(before + 1);

    const again = await appError(acceptVedtak({ ...ctx(fx.ola), vedtakId: fx.vedtakId }));
    expect(again.status).toBe(409);
    expect(again.userMessage).toContain('allerede akseptert');

    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view.stage).toBe('akseptert');
    expect(view.decision!.acceptance).toMatchObject({ acceptedByName: fx.ola.name, reminderDue: false });
    expect(view.decision!.allowed).not.toContain('accept');
    const pipeline = await getRoundPipeline({ ...ctx(fx.siri), roundId: fx.round.id });
    expect(pipeline.stages.find((s) => s.stage === 'akseptert')).toMatchObject({ count: 1, tilsagnCount: 1, sumKr: 150_000 });
    expect(pipeline.stages.find((s) => s.stage === 'forberedt')).toMatchObject({ count: 0 });
  });

  it('the pipeline is the office’s: a partnership and another office are refused', async () => {
    for (const actor of [fx.ola, fx.nora]) expect((await appError(getRoundPipeline({ ...ctx(actor), roundId: fx.round.id }))).status).toBe(403);
  });
});

describe('klage', () => {
  const input = { receivedOnLocal: '2083-03-08', fromName: 'Region Sør-Troms', summary: 'Vi mener UH-andelen er for lav.' };

  it('is registered by a case officer, shown as within three weeks; others cannot register one', async () => {
    for (const actor of [fx.ola, fx.frode, fx.nora]) expect((await appError(registerKlage({ ...ctx(actor), vedtakId: fx.vedtakId, input }))).status).toBe(403);
    const k = await registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input });
    expect(k).toMatchObject({ state: 'registrert', deadlineLocal: '2083-03-22', inTime: true, registeredByName: fx.siri.name });
    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view.klager).toEqual([expect.objectContaining({ id: k.id, state: 'registrert' })]);
  });

  it('a date received in the future or before the letter is refused', async () => {
    const future = await appError(registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { ...input, receivedOnLocal: '2083-04-01' } }));
    expect(future.fieldErrors.map((e) => e.field)).toEqual(['receivedOnLocal']);
    const early = await appError(registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { ...input, receivedOnLocal: '2083-02-01' } }));
    expect(early.status).toBe(400);
  });

  it('a dismissal needs reasons, and a dismissed klage is closed', async () => {
    const k = await registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { ...input, summary: 'Klage nummer to' } });
    const missing = await appError(dismissKlage({ ...ctx(fx.siri), klageId: k.id, input: { reasons: '  ' } }));
    expect(missing.status).toBe(400);
    expect(missing.fieldErrors.map((e) => e.field)).toEqual(['reasons']);
    const dismissed = await dismissKlage({ ...ctx(fx.siri), klageId: k.id, input: { reasons: 'Klagen gjelder samme forhold som en klage som allerede er registrert.' } });
    expect(dismissed.state).toBe('avvist');
    expect((await appError(forwardKlage({ ...ctx(fx.siri), klageId: k.id, input: { assessment: 'x' } }))).status).toBe(409);
  });

  it('is forwarded to the appeal body, and its case documents come as one ZIP', async () => {
    const [k] = await database.db.select().from(klageTable).where(eq(klageTable.summary, input.summary));
    expect((await appError(forwardKlage({ ...ctx(fx.ola), klageId: k!.id, input: { assessment: 'Vurdering' } }))).status).toBe(403);
    const forwarded = await forwardKlage({ ...ctx(fx.siri), klageId: k!.id, input: { assessment: 'Statsforvalteren fastholder vedtaket.' } });
    expect(forwarded).toMatchObject({ state: 'oversendt', forwardedTo: 'Utdanningsdirektoratet', reasons: 'Statsforvalteren fastholder vedtaket.' });

    expect((await appError(exportKlageZip({ ...ctx(fx.ola), config, klageId: k!.id }))).status).toBe(403);
    const zip = await exportKlageZip({ ...ctx(fx.siri), config, klageId: k!.id });
    expect(zip.contentType).toBe('application/zip');
    const files = unzipSync(new Uint8Array(zip.data));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(4);
    expect(names[0]).toMatch(/^1 Behovsmelding .*\.pdf$/);
    expect(names[1]).toBe(`2 Innstilling ${YEAR} Statsforvalteren i Troms og Finnmark.pdf`);
    expect(names[2]).toBe(`3 Vedtak ${YEAR - 1}-9999-2.pdf`);
    expect(names[3]).toBe('4 Klage.txt');
    for (const pdf of names.slice(0, 2)) expect(Buffer.from(files[pdf]!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(files[names[2]!]!).equals(FAKE_PDF)).toBe(true);
    const text = Buffer.from(files['4 Klage.txt']!).toString('utf8');
    expect(text).toContain('Vi mener UH-andelen er for lav.');
    expect(text).toContain('Kom inn innen klagefristen på tre uker: ja');
    expect(text).toContain('Statsforvalteren fastholder vedtaket.');

    const pipeline = await getRoundPipeline({ ...ctx(fx.siri), roundId: fx.round.id });
    expect(pipeline.stages.find((s) => s.stage === 'klage')).toMatchObject({ count: 1, sumKr: 150_000 });
  });

  it('records the appeal body’s outcome of a forwarded klage, once', async () => {
    const [k] = await database.db.select().from(klageTable).where(eq(klageTable.summary, input.summary));
    const bad = await appError(recordKlageOutcome({ ...ctx(fx.siri), klageId: k!.id, input: { outcome: 'kanskje', text: 'x' } }));
    expect(bad.fieldErrors.map((e) => e.field)).toEqual(['outcome']);
    const decided = await recordKlageOutcome({ ...ctx(fx.siri), klageId: k!.id, input: { outcome: 'ikke-medhold', text: 'Utdanningsdirektoratet stadfester vedtaket.' } });
    expect(decided).toMatchObject({ state: 'avgjort', outcome: 'ikke-medhold', decidedByName: fx.siri.name, frameEffect: [] });
    expect((await appError(recordKlageOutcome({ ...ctx(fx.siri), klageId: k!.id, input: { outcome: 'medhold', text: 'y' } }))).status).toBe(409);
  });

  it('the office reverses its decision: an endringsvedtak is prepared and linked, and its effect on the frame shown', async () => {
    const k = await registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { ...input, summary: 'Klage som tas til følge' } });
    expect((await appError(reverseKlage({ ...ctx(fx.siri), klageId: k.id, input: { reasons: '' } }))).status).toBe(400);
    expect((await appError(reverseKlage({ ...ctx(fx.ola), klageId: k.id, input: { reasons: 'x' } }))).status).toBe(403);
    const reversed = await reverseKlage({ ...ctx(fx.siri), klageId: k.id, input: { reasons: 'UH-andelen økes etter klagen.' } });
    expect(reversed).toMatchObject({ state: 'omgjort', reasons: 'UH-andelen økes etter klagen.' });
    const [amended] = await database.db.select().from(vedtak).where(eq(vedtak.id, reversed.newVedtakId!));
    expect(amended).toMatchObject({ amendsId: fx.vedtakId, kind: 'tilsagn', issuedAt: null, preparedByName: fx.siri.name });
    const [batch] = await database.db.select().from(vedtakBatch).where(eq(vedtakBatch.id, amended!.batchId));
    expect(batch).toMatchObject({ kind: 'endringsvedtak', state: 'utkast' });
    // The copy has the same amounts: no effect until the case officer changes them.
    expect(reversed.frameEffect).toEqual([{ year: YEAR, beforeKr: 150_000, afterKr: 150_000, differenceKr: 0 }]);

    // The case officer raises the UH's share (as the decision's editing does), and the klage shows the difference.
    await database.db.update(vedtakLine).set({ amountKr: 80_000 }).where(and(eq(vedtakLine.vedtakId, amended!.id), eq(vedtakLine.recipient, 'uh')));
    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view.klager.find((x) => x.id === k.id)).toMatchObject({ state: 'omgjort', frameEffect: [{ year: YEAR, beforeKr: 150_000, afterKr: 180_000, differenceKr: 30_000 }] });
    // Until the endringsvedtak is issued, the partnership still sees the decision in force.
    expect(view.decision!.vedtakId).toBe(fx.vedtakId);

    // One endringsvedtak at a time: a second reversal waits for this one.
    const second = await registerKlage({ ...ctx(fx.siri), vedtakId: fx.vedtakId, input: { ...input, summary: 'Enda en klage' } });
    expect((await appError(reverseKlage({ ...ctx(fx.siri), klageId: second.id, input: { reasons: 'Igjen' } }))).status).toBe(409);
  });

  it('once the endringsvedtak is issued it is in force; a klage on it that succeeds prepares the next one', async () => {
    const db = database.db;
    const [k] = await db.select().from(klageTable).where(eq(klageTable.summary, 'Klage som tas til følge'));
    // Approved and issued (the lists' and letters' use cases, written here as they leave the rows).
    const [amended] = await db.select().from(vedtak).where(eq(vedtak.id, k!.newVedtakId!));
    const issuedAt = new Date('2083-03-15T10:00:00+01:00');
    await db.update(vedtakBatch).set({ state: 'utstedt', issuedAt }).where(eq(vedtakBatch.id, amended!.batchId));
    await db.update(vedtak).set({ documentNumber: `${YEAR - 1}/9999-3`, language: 'nb', issuedAt, acceptanceDueLocal: '2083-04-05' }).where(eq(vedtak.id, amended!.id));
    await db.update(vedtak).set({ supersededById: amended!.id }).where(eq(vedtak.id, fx.vedtakId));

    const view = await getApplicationDecision({ ...ctx(fx.ola), applicationId: fx.app.id });
    expect(view).toMatchObject({ stage: 'vedtatt', decision: { vedtakId: amended!.id, amendment: true, totals: [{ year: YEAR, totalKr: 180_000 }] } });
    expect(view.decision!.acceptance).toMatchObject({ needed: true, dueLocal: '2083-04-05', acceptedAt: null });
    expect((await appError(acceptVedtak({ ...ctx(fx.ola), vedtakId: fx.vedtakId }))).status).toBe(409);

    const later = { ...ctx(fx.siri), clock: fixedClock('2083-03-20T12:00:00+01:00') };
    const next = await registerKlage({ ...later, vedtakId: amended!.id, input: { ...input, receivedOnLocal: '2083-03-16', summary: 'Klage på endringsvedtaket' } });
    await forwardKlage({ ...later, klageId: next.id, input: { assessment: 'Oversendes.' } });
    const decided = await recordKlageOutcome({ ...later, klageId: next.id, input: { outcome: 'delvis-medhold', text: 'Klagen tas delvis til følge.' } });
    expect(decided).toMatchObject({ state: 'avgjort', outcome: 'delvis-medhold', newVedtakId: expect.any(String) });
    const [third] = await db.select().from(vedtak).where(eq(vedtak.id, decided.newVedtakId!));
    expect(third).toMatchObject({ amendsId: amended!.id, issuedAt: null });
    expect(decided.frameEffect).toEqual([{ year: YEAR, beforeKr: 180_000, afterKr: 180_000, differenceKr: 0 }]);
  });
});
