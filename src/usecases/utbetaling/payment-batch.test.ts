// Payment batches on a real database (issue 15, point 1; ADR 027): a case officer prepares a batch of the approved
// plan lines — one whole, one in part — and the preparer (or anyone who changed its items, even one who holds budget
// authority) cannot approve it, a budsjettdisponent who had no hand in it can; the CSV and XLSX hold the approved
// items' amounts and accounts, not a draft batch's nor an unapproved line's, and the tilsagn not accepted has no
// line at all; a part payment leaves the rest payable; over-payment is refused with a Norwegian message and nothing
// is written; marking the batch paid queues a payment notice in the payee's written standard.
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, emailOutbox, partnership, paymentBatch, paymentLine, person, recipientProfile, roleGrant, vedtak, vedtakLine } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount, orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertApprovedRound } from '../../test/tilsagn-letters-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { approvePaymentBatch } from './approve-payment-batch.ts';
import { createPaymentBatch } from './create-payment-batch.ts';
import { exportPaymentFile } from './export-payment-file.ts';
import { exportRoundPaymentFile } from './export-round-payment-file.ts';
import { listPaymentBatches } from './list-payment-batches.ts';
import { markPaymentBatchPaid } from './mark-payment-batch-paid.ts';
import { returnPaymentBatch } from './return-payment-batch.ts';
import { submitPaymentBatch } from './submit-payment-batch.ts';
import { updatePaymentBatch } from './update-payment-batch.ts';

const YEAR = 2083;
const OFFICE = 'troms-og-finnmark';
const clock = fixedClock('2083-06-01T10:00:00+02:00');
const OWNER_ACCOUNT = '12345678903';
const UH_ACCOUNT = '98765432106';

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
}, 120_000);
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const uit = await orgId(db, UIT);
  const round = await insertApprovedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    countyNumber: '55',
    caseNumber: '2083/5150',
    decisions: [
      {
        partnershipId: sorTroms.id,
        kind: 'tilsagn',
        lines: [
          { year: YEAR, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 200_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 100_000 },
          { year: YEAR + 1, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 150_000, conditional: true },
        ],
      },
      { partnershipId: nordTroms.id, kind: 'tilsagn', lines: [{ year: YEAR, recipient: 'owner', recipientOrgId: nordTroms.payeeId, amountKr: 80_000 }] },
    ],
  });
  const [sorVedtak, nordVedtak] = round.vedtakIds;
  const at = new Date('2083-04-01T10:00:00Z');
  // Sør-Troms accepted its tilsagn; Nord-Troms has not (so it has no plan lines: the plan's gate is acceptance).
  await db.update(vedtak).set({ documentNumber: '2083/5150-1', issuedAt: at, language: 'nb', acceptedAt: at, acceptedByName: 'Ola' }).where(eq(vedtak.id, sorVedtak!));
  await db.update(vedtak).set({ documentNumber: '2083/5150-2', issuedAt: at, language: 'nb' }).where(eq(vedtak.id, nordVedtak!));
  const lineOf = async (year: number, recipient: string, approved: boolean, kontonr: string | null) => {
    const [l] = await db.select().from(vedtakLine).where(and(eq(vedtakLine.vedtakId, sorVedtak!), eq(vedtakLine.year, year), eq(vedtakLine.recipient, recipient)));
    const [row] = await db
      .insert(paymentLine)
      .values({
        officeId: OFFICE,
        roundId: round.roundId,
        vedtakId: sorVedtak!,
        year,
        recipient,
        recipientOrgId: l!.recipientOrgId,
        kind: 'utbetaling',
        amountKr: l!.amountKr,
        kontonr,
        approvedAt: approved ? at : null,
        approvedByName: approved ? 'Siri Saksbehandler' : null,
      })
      .returning();
    return row!.id;
  };
  const owner = await lineOf(YEAR, 'owner', true, OWNER_ACCOUNT);
  const uh = await lineOf(YEAR, 'uh', true, UH_ACCOUNT);
  // Next year's line is not approved yet: no account may reach money from it.
  const nextYear = await lineOf(YEAR + 1, 'owner', false, null);
  // The payee writes Nynorsk: its payment notice is in Nynorsk.
  await db.insert(recipientProfile).values({ organisationId: sorTroms.payeeId, writtenStandard: 'nynorsk' }).onConflictDoUpdate({ target: recipientProfile.organisationId, set: { writtenStandard: 'nynorsk' } });

  // A case officer who also holds budget authority: changing a batch's items keeps her from approving it.
  const [p] = await db.insert(person).values({ name: 'Tone Termin', email: 'tone.termin@example.org', organisationId: await orgId(db, 'Statsforvalteren i Troms og Finnmark') }).returning();
  const [u] = await db.insert(appUser).values({ personId: p!.id, displayName: 'Tone Termin', email: 'tone.termin@example.org' }).returning();
  for (const role of ['saksbehandler', 'budsjettdisponent'] as const) await db.insert(roleGrant).values({ userId: u!.id, role, officeId: OFFICE });
  const [coordinator] = await db.select({ id: partnership.coordinatorPersonId }).from(partnership).where(eq(partnership.id, sorTroms.id));
  return {
    db,
    roundId: round.roundId,
    lines: { owner, uh, nextYear },
    sorTroms,
    coordinatorId: coordinator?.id ?? null,
    siri: await demoActor(db, 'saksbehandler'),
    tone: (await loadActor(db, u!.id))!,
    bjorn: await demoActor(db, 'budsjettdisponent'),
    admin: await demoActor(db, 'admin'),
    frode: await demoActor(db, 'forum'),
    ola: await demoActor(db, 'koordinator'),
  };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const ctx = (actor: typeof fx.siri) => ({ db: fx.db, clock, actor });
const batchCount = async () => (await fx.db.select({ n: count() }).from(paymentBatch))[0]!.n;

describe('a payment batch', () => {
  let batchId = '';

  it('is prepared by a case officer: one line whole (its payable rest), one in part, with the approved accounts', async () => {
    const made = await createPaymentBatch({ ...ctx(fx.siri), roundId: fx.roundId, input: { items: [{ lineId: fx.lines.owner }, { lineId: fx.lines.uh, amountKr: 30_000 }] } });
    batchId = made.batch.id;
    expect(made.batch).toMatchObject({ state: 'utkast', preparedByName: fx.siri.name, totalKr: 230_000, itemCount: 2 });
    expect(made.items.map((i) => [i.recipient, i.amountKr, i.kontonr])).toEqual([
      ['owner', 200_000, OWNER_ACCOUNT],
      ['uh', 30_000, UH_ACCOUNT],
    ]);
    expect(made.batch.allowed).toEqual(expect.arrayContaining(['edit', 'submit']));
    // Tone, who also has budget authority, changes an amount: she had a hand in it now.
    const changed = await updatePaymentBatch({
      ...ctx(fx.tone),
      batchId,
      input: { expectedVersion: made.batch.version, items: [{ lineId: fx.lines.owner }, { lineId: fx.lines.uh, amountKr: 40_000 }] },
    });
    expect(changed.batch.totalKr).toBe(240_000);
  });

  it('refuses a line of the plan that is not approved, and the forum and a coordinator preparing one', async () => {
    const before = await batchCount();
    const e = await caught(createPaymentBatch({ ...ctx(fx.siri), roundId: fx.roundId, input: { items: [{ lineId: fx.lines.nextYear }] } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.userMessage).toMatch(/utbetalingsplanen er ikke godkjent ennå/);
    for (const actor of [fx.frode, fx.ola, fx.bjorn]) expect((await caught(createPaymentBatch({ ...ctx(actor), roundId: fx.roundId, input: { items: [] } }))).code).toBe('FORBIDDEN');
    expect(await batchCount()).toBe(before);
  });

  it('cannot be approved by its preparer, by one who changed it, or by the admin; a budsjettdisponent who had no hand in it can', async () => {
    const sent = await submitPaymentBatch({ ...ctx(fx.siri), batchId, input: { expectedVersion: (await listPaymentBatches({ db: fx.db, actor: fx.siri, roundId: fx.roundId })).batches[0]!.version } });
    expect(sent.batch.state).toBe('til-godkjenning');
    const step = { expectedVersion: sent.batch.version };
    for (const actor of [fx.siri, fx.tone, fx.admin]) {
      const audits = await auditCount(fx.db);
      expect((await caught(approvePaymentBatch({ ...ctx(actor), batchId, input: step }))).code).toBe('FORBIDDEN');
      expect((await caught(returnPaymentBatch({ ...ctx(actor), batchId, input: { ...step, message: 'Nei' } }))).code).toBe('FORBIDDEN');
      expect(await auditCount(fx.db)).toBe(audits);
    }
    expect(sent.batch.allowed).not.toContain('approve');
    const approved = await approvePaymentBatch({ ...ctx(fx.bjorn), batchId, input: step });
    expect(approved.batch).toMatchObject({ state: 'godkjent', approvedByName: fx.bjorn.name });
  });

  it('leaves the rest of a part payment payable, and refuses paying beyond it with a Norwegian message, writing nothing', async () => {
    const { lines } = await listPaymentBatches({ db: fx.db, actor: fx.siri, roundId: fx.roundId });
    const uh = lines.find((l) => l.lineId === fx.lines.uh)!;
    expect(uh).toMatchObject({ amountKr: 100_000, inBatchesKr: 40_000, payableRestKr: 60_000, blockedReason: null });
    expect(lines.find((l) => l.lineId === fx.lines.owner)!.payableRestKr).toBe(0);
    expect(renderNb(lines.find((l) => l.lineId === fx.lines.nextYear)!.blockedReason ?? '')).toMatch(/ikke godkjent/);

    const before = { batches: await batchCount(), audits: await auditCount(fx.db) };
    const e = await caught(createPaymentBatch({ ...ctx(fx.siri), roundId: fx.roundId, input: { items: [{ lineId: fx.lines.uh, amountKr: 60_001 }] } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.userMessage).toBe('Kompetanseløftet Sør-Troms og Evenes – UiT Norges arktiske universitet 2083: kr\u00a060\u00a0001 er mer enn det som gjenstår å utbetale (kr\u00a060\u00a0000)');
    expect(e.fieldErrors[0]?.field).toBe('items');
    expect(await batchCount()).toBe(before.batches);
    expect(await auditCount(fx.db)).toBe(before.audits);

    // The rest, as a draft of its own: it is not approved, so no file holds it.
    const rest = await createPaymentBatch({ ...ctx(fx.siri), roundId: fx.roundId, input: { items: [{ lineId: fx.lines.uh }] } });
    expect(rest.batch.totalKr).toBe(60_000);
  });

  it('writes its file as CSV and XLSX from the approved items only, marking it exported the first time', async () => {
    const csv = await exportPaymentFile({ ...ctx(fx.siri), batchId, format: 'csv' });
    expect(csv.contentType).toMatch(/^text\/csv/);
    const text = csv.data.toString('utf8');
    expect(text).toContain(`;${OWNER_ACCOUNT};200000;2083/5150;2083/5150-1;Kompetanseløftet ${YEAR} – tilskudd ${YEAR} – Kompetanseløftet Sør-Troms og Evenes`);
    expect(text).toContain(`;${UH_ACCOUNT};40000;`);
    expect(text).not.toContain('60000');
    expect(text).not.toContain('80000');
    const [exported] = await fx.db.select().from(paymentBatch).where(eq(paymentBatch.id, batchId));
    expect(exported).toMatchObject({ state: 'eksportert', exportedByName: fx.siri.name });

    const audits = await auditCount(fx.db);
    const xlsx = await exportPaymentFile({ ...ctx(fx.siri), batchId, format: 'xlsx' });
    expect(await auditCount(fx.db)).toBe(audits);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.data as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Utbetaling')!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      [OWNER_ACCOUNT, 200_000],
      [UH_ACCOUNT, 40_000],
    ]);
    // The forum, a coordinator and the budsjettdisponent get no file.
    for (const actor of [fx.frode, fx.ola, fx.bjorn]) expect((await caught(exportPaymentFile({ ...ctx(actor), batchId, format: 'csv' }))).code).toBe('FORBIDDEN');
  });

  it("the round's file (the CLI's) holds the approved and exported batches only", async () => {
    const file = await exportRoundPaymentFile({ ...ctx(fx.admin), roundId: fx.roundId, format: 'csv' });
    expect(file.rowCount).toBe(2);
    expect(file.data.toString('utf8')).not.toContain(';60000;');
  });

  it('is marked paid on an Oslo date, and each payee gets a payment notice in its written standard', async () => {
    const [b] = await fx.db.select().from(paymentBatch).where(eq(paymentBatch.id, batchId));
    const e = await caught(markPaymentBatchPaid({ ...ctx(fx.siri), batchId, input: { expectedVersion: b!.version, paidOnLocal: '2083-06-02' } }));
    expect(e.userMessage).toBe('Betalingsdatoen kan ikke være etter i dag');
    const paid = await markPaymentBatchPaid({ ...ctx(fx.siri), batchId, input: { expectedVersion: b!.version, paidOnLocal: '2083-05-31' }, publicUrl: 'https://k.example' });
    expect(paid.batch).toMatchObject({ state: 'betalt', paidOnLocal: '2083-05-31', paidMarkedByName: fx.siri.name });
    const mails = await fx.db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'betalingsvarsel'));
    expect(mails.length).toBeGreaterThan(0);
    const toPayee = mails.filter((m) => m.text.includes('kr\u00a0200\u00a0000'));
    expect(toPayee.length).toBeGreaterThan(0);
    for (const m of toPayee) {
      expect(m.language).toBe('nn');
      expect(m.subject).toMatch(/er betalt ut$/);
      expect(m.text).toContain('31.05.2083');
      expect(m.link).toBe(`https://k.example/partnerskap/${fx.sorTroms.id}`);
    }
    if (fx.coordinatorId) {
      const [coordinator] = await fx.db.select({ email: person.email }).from(person).where(eq(person.id, fx.coordinatorId));
      expect(toPayee.map((m) => m.to)).toContain(coordinator!.email.toLowerCase());
    }
    // Paid money is no longer payable, and the rest of the part payment still is (held by the draft).
    const { lines } = await listPaymentBatches({ db: fx.db, actor: fx.siri, roundId: fx.roundId });
    expect(lines.find((l) => l.lineId === fx.lines.uh)).toMatchObject({ paidKr: 40_000, inBatchesKr: 60_000, payableRestKr: 0 });
  });
});
