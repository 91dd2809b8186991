// The office's money per year and the hold-over beside next year's behovsmelding and in the forum's net need (issue
// 15, point 2), on a real database. The rows the plan, batch and unused-money use cases write are inserted directly:
// these reads only sum them. Checked: issued tilsagn in force count as decided (a superseded one does not), the
// accepted ones as accepted, only paid batches as paid, unused money by its decision; the office's readers only; the
// partnership sees the office's hold-over beside its own 6.1 figures, which stay as it entered them; the forum's
// allocation shows the hold-over and the net need.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmeldingField, budgetReservation, paymentBatch, paymentBatchItem, paymentLine, unusedFunds, vedtak } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { openRound } from '../../test/behovsmelding-fixture.ts';
import { allocationValues, submittedApplication } from '../../test/forum-allocation-fixture.ts';
import { OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { insertApprovedRound } from '../../test/tilsagn-letters-fixture.ts';
import { getApplication } from '../behovsmelding/get-application.ts';
import { createScenario } from '../forum/create-scenario.ts';
import { getScenario } from '../forum/get-scenario.ts';
import { getMoneyOverview } from './get-money-overview.ts';

const YEAR = 2081;
const clock = fixedClock(`${YEAR + 1}-01-15T12:00:00+01:00`);
const SCHEME = 'kompetanseloftet';

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const uit = await orgId(db, UIT);
  const harstad = sorTroms.payeeId;

  // YEAR: Sør-Troms accepted (owner and UH this year, owner next year), Dekomp issued but not accepted, Nord-Troms
  // issued and then superseded (an endringsvedtak replaced it: its lines no longer count).
  const round = await insertApprovedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    countyNumber: '55',
    caseNumber: `${YEAR}/1`,
    decisions: [
      {
        partnershipId: sorTroms.id,
        kind: 'tilsagn',
        lines: [
          { year: YEAR, recipient: 'owner', recipientOrgId: harstad, amountKr: 100_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
          { year: YEAR + 1, recipient: 'owner', recipientOrgId: harstad, amountKr: 80_000, conditional: true },
        ],
      },
      { partnershipId: dekomp.id, kind: 'tilsagn', lines: [{ year: YEAR, recipient: 'owner', recipientOrgId: dekomp.payeeId, amountKr: 40_000 }] },
      { partnershipId: nordTroms.id, kind: 'tilsagn', lines: [{ year: YEAR, recipient: 'owner', recipientOrgId: nordTroms.payeeId, amountKr: 999_000 }] },
    ],
  });
  const [sorVedtak, dekompVedtak, nordVedtak] = round.vedtakIds as [string, string, string];
  const issuedAt = new Date(`${YEAR}-02-10T10:00:00Z`);
  for (const [i, id] of round.vedtakIds.entries()) await db.update(vedtak).set({ documentNumber: `${YEAR}/1-${i + 2}`, issuedAt }).where(eq(vedtak.id, id));
  await db.update(vedtak).set({ acceptedAt: new Date(`${YEAR}-02-20T10:00:00Z`), acceptedByName: 'Ola Koordinator' }).where(eq(vedtak.id, sorVedtak));
  await db.update(vedtak).set({ supersededById: dekompVedtak }).where(eq(vedtak.id, nordVedtak));

  // Next year's promise: bound by the issued tilsagn, and a provisional one.
  await db.insert(budgetReservation).values([
    { officeId: OFFICE, schemeId: SCHEME, year: YEAR + 1, amountKr: 80_000, sourceRoundId: round.roundId, sourceApplicationId: round.applicationIds[0]!, status: 'bindende' },
    { officeId: OFFICE, schemeId: SCHEME, year: YEAR + 1, amountKr: 10_000, sourceRoundId: round.roundId, sourceApplicationId: round.applicationIds[1]!, status: 'foreløpig' },
  ]);

  // The plan line of Sør-Troms' owner share: 60 000 paid, 40 000 in an approved batch not yet paid.
  const [line] = await db
    .insert(paymentLine)
    .values({ officeId: OFFICE, roundId: round.roundId, vedtakId: sorVedtak, year: YEAR, recipient: 'owner', recipientOrgId: harstad, kind: 'utbetaling', amountKr: 100_000, kontonr: '15032080119' })
    .returning();
  const [paid] = await db.insert(paymentBatch).values({ officeId: OFFICE, roundId: round.roundId, state: 'betalt', preparedByName: 'Siri Saksbehandler', paidOnLocal: `${YEAR}-03-01` }).returning();
  const [approved] = await db.insert(paymentBatch).values({ officeId: OFFICE, roundId: round.roundId, state: 'godkjent', preparedByName: 'Siri Saksbehandler' }).returning();
  await db.insert(paymentBatchItem).values([
    { batchId: paid!.id, lineId: line!.id, amountKr: 60_000, kontonr: '15032080119' },
    { batchId: approved!.id, lineId: line!.id, amountKr: 40_000, kontonr: '15032080119' },
  ]);

  // Unused money of YEAR: held over to next year (owner and UH), claimed, claimed and received, one not decided yet.
  const unused = (recipient: 'owner' | 'uh', amountKr: number, state: string, more: Partial<typeof unusedFunds.$inferInsert> = {}) => ({
    officeId: OFFICE,
    vedtakId: sorVedtak,
    partnershipId: sorTroms.id,
    year: YEAR,
    recipient,
    recipientOrgId: recipient === 'owner' ? harstad : uit,
    amountKr,
    source: 'rapport',
    registeredByName: 'Siri Saksbehandler',
    state,
    ...more,
  });
  await db.insert(unusedFunds).values([
    unused('owner', 12_000, 'overfort', { targetYear: YEAR + 1 }),
    unused('uh', 3_000, 'overfort', { targetYear: YEAR + 1 }),
    unused('owner', 5_000, 'krevd'),
    unused('owner', 2_000, 'mottatt', { receivedKr: 2_000, receivedOnLocal: `${YEAR + 1}-01-10` }),
    unused('owner', 1_000, 'registrert'),
  ]);

  // YEAR + 1: Sør-Troms asks 100 000 owner + 20 000 UH and states (its own belief) 5 000 held over for the owners.
  const siri = await demoActor(db, 'saksbehandler');
  const nextRound = await openRound(db, siri, YEAR + 1);
  const values = allocationValues([{ id: 'hoved', years: [{ year: YEAR + 1, ownerKr: 100_000, uhKr: 20_000 }] }]);
  const grantUse = { ...(values['parts.hoved.grantUse'] as Record<string, unknown>), heldOverOwnerKr: 5_000 };
  values['parts.hoved.grantUse'] = grantUse;
  const nextApp = await submittedApplication(db, { roundId: nextRound.id, partnershipId: sorTroms.id, values, previousId: round.applicationIds[0]! });
  for (const [key, value] of Object.entries(values))
    await db.insert(behovsmeldingField).values({ applicationId: nextApp.id, key, value, version: 1, changeId: 0, updatedByName: 'Ola Koordinator' });

  return {
    db,
    nextRoundId: nextRound.id,
    nextAppId: nextApp.id,
    firstAppId: round.applicationIds[0]!,
    docNumber: `${YEAR}/1-2`,
    siri,
    bjorn: await demoActor(db, 'budsjettdisponent'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
    frode: await demoActor(db, 'forum'),
    ola: await demoActor(db, 'koordinator'),
    admin: await demoActor(db, 'admin'),
  };
}

const overview = (actor: Actor, query: Record<string, unknown> = { embete: OFFICE, ordning: SCHEME }) => getMoneyOverview({ db: fx.db, actor, query });

describe('the office’s money per year', () => {
  it('sums what is reserved, decided, accepted, paid, held over, offset, claimed and received', async () => {
    const answer = await overview(fx.siri);
    expect(answer).toMatchObject({ officeId: OFFICE, schemeId: SCHEME });
    expect(answer.schemes.map((s) => s.id)).toContain(SCHEME);
    expect(answer.allowed).toEqual(expect.arrayContaining(['read', 'prepare-batch']));
    const ofYear = (year: number) => answer.years.find((y) => y.year === year);
    expect(ofYear(YEAR)).toEqual({
      year: YEAR,
      reservedProvisionalKr: 0,
      reservedBindingKr: 0,
      decidedKr: 190_000,
      acceptedKr: 150_000,
      paidKr: 60_000,
      heldOverKr: 15_000,
      offsetKr: 0,
      claimedKr: 7_000,
      receivedKr: 2_000,
    });
    expect(ofYear(YEAR + 1)).toMatchObject({ reservedBindingKr: 80_000, reservedProvisionalKr: 10_000, decidedKr: 80_000, acceptedKr: 80_000, paidKr: 0 });
  });

  it('is read by the office’s budsjettdisponent, who may not prepare batches', async () => {
    const answer = await overview(fx.bjorn);
    expect(answer.years.find((y) => y.year === YEAR)?.paidKr).toBe(60_000);
    expect(answer.allowed).toEqual(['read']);
  });

  it('is refused to another office, the forum and the partnership', async () => {
    for (const actor of [fx.nora, fx.frode, fx.ola]) expect((await appError(overview(actor))).code).toBe('FORBIDDEN');
  });

  it('asks for the office', async () => {
    expect((await appError(overview(fx.siri, {}))).code).toBe('VALIDATION');
    // Only one who may read every office learns that one does not exist; a case officer is refused it as another's.
    expect((await appError(overview(fx.siri, { embete: 'atlantis' }))).code).toBe('FORBIDDEN');
    expect((await appError(overview(fx.admin, { embete: 'atlantis' }))).code).toBe('NOT_FOUND');
  });
});

describe('the hold-over beside next year’s section 6.1', () => {
  it('shows the partnership what the office held over, and leaves its own 6.1 figures as entered', async () => {
    const { heldOverByOffice, fields } = await getApplication({ db: fx.db, actor: fx.ola, clock, id: fx.nextAppId });
    expect(heldOverByOffice).toEqual({
      year: YEAR + 1,
      ownerKr: 12_000,
      uhKr: 3_000,
      totalKr: 15_000,
      sources: [
        { recipient: 'owner', amountKr: 12_000, fromYear: YEAR, documentNumber: fx.docNumber },
        { recipient: 'uh', amountKr: 3_000, fromYear: YEAR, documentNumber: fx.docNumber },
      ],
    });
    expect(fields['parts.hoved.grantUse']?.value).toMatchObject({ heldOverOwnerKr: 5_000, heldOverUhKr: null });
  });

  it('is null for an application with nothing held over to its year', async () => {
    const { heldOverByOffice } = await getApplication({ db: fx.db, actor: fx.ola, clock, id: fx.firstAppId });
    expect(heldOverByOffice).toBeNull();
  });
});

describe('the forum’s net need', () => {
  it('shows per year what is asked, held over and still needed', async () => {
    const { scenario } = await createScenario({ db: fx.db, actor: fx.siri, clock, roundId: fx.nextRoundId, input: { name: 'Netto', from: 'asked' } });
    const screen = await getScenario({ db: fx.db, actor: fx.frode, clock, id: scenario.id });
    const app = screen.applications.find((a) => a.id === fx.nextAppId);
    expect(app?.years).toEqual([{ year: YEAR + 1, askedKr: 120_000, proposedKr: 120_000, heldOverKr: 15_000, netNeedKr: 105_000 }]);
  });
});
