// Decisions and their two-person approval (issue 14, point 1), on a real database: from an adopted innstilling the
// case officer prepares the round's decisions — two tilsagn (one over three years) and one avslag, reasons from the
// innstilling; a deviation needs its written reason; the list goes for approval and the preparer, the one who sent
// it, the admin and a forum member are refused approving it (Bestemmelser om økonomistyring i staten 6.3.3), while
// a budsjettdisponent with no hand in it approves; the later years become binding reservations with the decided
// amounts; an endringsvedtak goes the same way; another office sees nothing.
//
// The adopted innstilling is written straight into the tables (src/test/tilsagn-fixture.ts); issuing is another
// helper's use case, so the test marks the list issued itself before amending.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, budgetReservation, person, roleGrant, vedtak as vedtakTable, vedtakBatch } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import type { RoundVedtakAnswer, VedtakOut } from '../../domain/tilsagn/vedtak-contract.ts';
import { demoActor } from '../../test/actors.ts';
import { OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertAdoptedRound } from '../../test/tilsagn-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { amendVedtak } from './amend-vedtak.ts';
import { approveVedtakBatch } from './approve-vedtak-batch.ts';
import { getRoundVedtak } from './get-round-vedtak.ts';
import { listTilsagnRounds } from './list-tilsagn-rounds.ts';
import { prepareRoundVedtak } from './prepare-round-vedtak.ts';
import { returnVedtakBatch } from './return-vedtak-batch.ts';
import { submitVedtakBatch } from './submit-vedtak-batch.ts';
import { updateVedtak } from './update-vedtak.ts';

const YEAR = 2075;
const clock = fixedClock('2075-03-01T10:00:00+01:00');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

/** A user of the office with these roles (a second case officer who also holds budget authority, say). */
async function officeUser(name: string, email: string, roles: ('saksbehandler' | 'budsjettdisponent')[]): Promise<Actor> {
  const db = database.db;
  const [p] = await db.insert(person).values({ name, email, organisationId: await orgId(db, 'Statsforvalteren i Troms og Finnmark') }).returning();
  const [u] = await db.insert(appUser).values({ personId: p!.id, displayName: name, email }).returning();
  for (const role of roles) await db.insert(roleGrant).values({ userId: u!.id, role, officeId: OFFICE });
  return (await loadActor(db, u!.id))!;
}

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
  const uit = await orgId(db, UIT);
  const { round, applications } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    applications: [
      {
        partnershipId: sorTroms.id,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 100_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
          { year: YEAR + 1, recipient: 'owner', amountKr: 80_000 },
          { year: YEAR + 1, recipient: 'uh', recipientOrgId: uit, amountKr: 40_000 },
          { year: YEAR + 2, recipient: 'owner', amountKr: 60_000 },
          { year: YEAR + 2, recipient: 'uh', recipientOrgId: uit, amountKr: 30_000 },
        ],
      },
      {
        partnershipId: nordTroms.id,
        priority: 2,
        reason: 'Redusert: samlingene kan holdes digitalt.',
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 150_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 30_000 },
        ],
      },
      { partnershipId: dekomp.id, priority: null, reason: 'Søknaden beskriver ikke hvordan tiltaket forankres hos eierne.', lines: [] },
    ],
  });
  const notAdopted = await insertAdoptedRound(db, { officeId: OFFICE, year: YEAR + 10, adopted: false, applications: [{ partnershipId: sorTroms.id, priority: 1, lines: [{ year: YEAR + 10, recipient: 'owner', amountKr: 1_000 }] }] });
  // Siri prepares; she holds budget authority too, so refusing her proves the rule is "who prepared", not the role.
  await db.insert(roleGrant).values({ userId: (await demoActor(db, 'saksbehandler')).userId!, role: 'budsjettdisponent', officeId: OFFICE });
  return {
    db,
    round,
    notAdopted: notAdopted.round,
    sorTromsApp: applications[0]!,
    nordTromsApp: applications[1]!,
    dekompApp: applications[2]!,
    harstad: sorTroms.payeeId,
    nordreisa: nordTroms.payeeId,
    uit,
    siri: await demoActor(db, 'saksbehandler'),
    stig: await officeUser('Stig Sender', 'stig.sender@example.org', ['saksbehandler', 'budsjettdisponent']),
    bjorn: await demoActor(db, 'budsjettdisponent'),
    admin: await demoActor(db, 'admin'),
    frode: await demoActor(db, 'forum'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
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

const prepare = (actor: Actor, roundId = fx.round.id) => prepareRoundVedtak({ db: fx.db, actor, clock, roundId });
const read = (actor: Actor) => getRoundVedtak({ db: fx.db, actor, roundId: fx.round.id });
const step = (fn: typeof submitVedtakBatch, actor: Actor, batch: { id: string; version: number }) => fn({ db: fx.db, actor, clock, batchId: batch.id, input: { expectedVersion: batch.version } });
const decisionOf = (answer: RoundVedtakAnswer, applicationId: string, batchIndex = 0): VedtakOut => answer.batches[batchIndex]!.decisions.find((d) => d.applicationId === applicationId)!;
type LineIn = { year: number; recipient: string; recipientOrgId: string; amountKr: number };
const lineInput = ({ year, recipient, recipientOrgId, amountKr }: LineIn) => ({ year, recipient, recipientOrgId, amountKr });
const edit = (actor: Actor, d: VedtakOut, change: Partial<{ kind: 'tilsagn' | 'avslag'; lines: LineIn[]; reasons: string; deviationReason: string | null }>) =>
  updateVedtak({
    db: fx.db,
    actor,
    clock,
    vedtakId: d.id,
    input: {
      expectedVersion: d.version,
      kind: d.kind,
      reasons: d.reasons,
      deviationReason: d.deviationReason,
      ...change,
      lines: (change.lines ?? d.lines).map(lineInput),
    },
  });
const reservations = (applicationId: string) =>
  fx.db.select({ year: budgetReservation.year, amountKr: budgetReservation.amountKr, status: budgetReservation.status }).from(budgetReservation).where(eq(budgetReservation.sourceApplicationId, applicationId)).orderBy(budgetReservation.year);

describe('preparing a round’s decisions', () => {
  it('is refused while the innstilling is not adopted (400), and to a forum member or another office (403)', async () => {
    const e = await caught(prepare(fx.siri, fx.notAdopted.id));
    expect([e.status, e.userMessage]).toEqual([400, 'Samarbeidsforumet har ikke vedtatt innstillingen for denne utlysningen ennå']);
    expect((await caught(prepare(fx.frode))).status).toBe(403);
    expect((await caught(prepare(fx.nora))).status).toBe(403);
    expect((await caught(prepare(fx.bjorn))).status).toBe(403);
  });

  it('makes one decision per application: two tilsagn with the innstilling’s split (later years conditional) and an avslag', async () => {
    const answer = await prepare(fx.siri);
    expect(answer.batches).toHaveLength(1);
    const batch = answer.batches[0]!;
    expect(batch).toMatchObject({ kind: 'vedtak', state: 'utkast', allowed: ['read', 'edit', 'submit'] });
    expect(batch.decisions).toHaveLength(3);

    const a = decisionOf(answer, fx.sorTromsApp.id);
    expect(a).toMatchObject({ kind: 'tilsagn', deviates: false, totalKr: 360_000, preparedByName: fx.siri.name, stage: 'forberedt' });
    expect(a.lines.map(({ year, recipient, recipientOrgId, amountKr, conditional }) => [year - YEAR, recipient, recipientOrgId, amountKr, conditional])).toEqual([
      [0, 'owner', fx.harstad, 100_000, false],
      [0, 'uh', fx.uit, 50_000, false],
      [1, 'owner', fx.harstad, 80_000, true],
      [1, 'uh', fx.uit, 40_000, true],
      [2, 'owner', fx.harstad, 60_000, true],
      [2, 'uh', fx.uit, 30_000, true],
    ]);
    expect(decisionOf(answer, fx.nordTromsApp.id)).toMatchObject({ kind: 'tilsagn', totalKr: 180_000, reasons: 'Redusert: samlingene kan holdes digitalt.' });
    expect(decisionOf(answer, fx.nordTromsApp.id).lines[0]).toMatchObject({ recipient: 'owner', recipientOrgId: fx.nordreisa });
    expect(decisionOf(answer, fx.dekompApp.id)).toMatchObject({ kind: 'avslag', lines: [], totalKr: 0, reasons: 'Søknaden beskriver ikke hvordan tiltaket forankres hos eierne.' });
  });

  it('is done once: preparing again is refused (400) and changes nothing', async () => {
    const e = await caught(prepare(fx.siri));
    expect([e.status, e.userMessage]).toEqual([400, 'Vedtakene for denne utlysningen er allerede forberedt']);
    expect((await read(fx.siri)).batches).toHaveLength(1);
  });

  it('shows another office nothing (403), and lists the round for its own', async () => {
    expect((await caught(read(fx.nora))).status).toBe(403);
    expect((await caught(listTilsagnRounds({ db: fx.db, actor: fx.nora, officeId: OFFICE }))).status).toBe(403);
    const { rounds } = await listTilsagnRounds({ db: fx.db, actor: fx.siri, officeId: OFFICE });
    expect(rounds.find((r) => r.id === fx.round.id)).toMatchObject({ decisionState: 'utkast', tilsagnCount: 2, avslagCount: 1, acceptedCount: 0 });
    expect(rounds.some((r) => r.id === fx.notAdopted.id)).toBe(false);
  });
});

describe('editing a decision', () => {
  it('refuses a deviation from the innstilling without a written reason (400 naming the field)', async () => {
    const a = decisionOf(await read(fx.siri), fx.sorTromsApp.id);
    const lines = a.lines.map((l) => (l.year === YEAR + 2 && l.recipient === 'uh' ? { ...l, amountKr: 20_000 } : l));
    const e = await caught(edit(fx.siri, a, { lines }));
    expect(e.status).toBe(400);
    expect(e.fieldErrors.map((f) => f.field)).toEqual(['deviationReason']);
  });

  it('saves a deviation with its reason, against the version seen', async () => {
    const a = decisionOf(await read(fx.siri), fx.sorTromsApp.id);
    const lines = a.lines.map((l) => (l.year === YEAR + 2 && l.recipient === 'uh' ? { ...l, amountKr: 20_000 } : l));
    const saved = decisionOf(await edit(fx.siri, a, { lines, deviationReason: 'UiT har meldt at tredje år krever færre samlinger.' }), fx.sorTromsApp.id);
    expect(saved).toMatchObject({ deviates: true, totalKr: 350_000, deviationReason: 'UiT har meldt at tredje år krever færre samlinger.' });
    expect((await caught(edit(fx.siri, a, { lines, deviationReason: 'x' }))).status).toBe(409);
  });

  it('refuses money to an organisation outside the partnership, and the forum member’s edit', async () => {
    const b = decisionOf(await read(fx.siri), fx.nordTromsApp.id);
    const e = await caught(edit(fx.siri, b, { lines: [{ year: YEAR, recipient: 'owner', recipientOrgId: fx.harstad, amountKr: 150_000 }], deviationReason: 'Feil' }));
    expect([e.status, e.fieldErrors[0]?.field]).toEqual([400, 'lines']);
    expect((await caught(edit(fx.frode, b, {}))).status).toBe(403);
  });
});

describe('approving the list', () => {
  it('is sent for approval by a second case officer, and returned by the budsjettdisponent with a message', async () => {
    let batch = (await read(fx.stig)).batches[0]!;
    batch = (await step(submitVedtakBatch, fx.stig, batch)).batches[0]!;
    expect(batch).toMatchObject({ state: 'til-godkjenning', submittedByName: 'Stig Sender' });
    const returned = await returnVedtakBatch({ db: fx.db, actor: fx.bjorn, clock, batchId: batch.id, input: { expectedVersion: batch.version, message: 'Sjekk beløpene for Nord-Troms.' } });
    expect(returned.batches[0]).toMatchObject({ state: 'utkast', returnMessage: 'Sjekk beløpene for Nord-Troms.' });
  });

  it('refuses the preparer, the one who sent it, the admin and a forum member (403), all changing nothing', async () => {
    let batch = (await read(fx.stig)).batches[0]!;
    batch = (await step(submitVedtakBatch, fx.stig, batch)).batches[0]!;
    for (const actor of [fx.siri, fx.stig, fx.admin, fx.frode, fx.nora]) expect((await caught(step(approveVedtakBatch, actor, batch))).status).toBe(403);
    expect((await read(fx.siri)).batches[0]).toMatchObject({ state: 'til-godkjenning', allowed: ['read'] });
    expect((await read(fx.bjorn)).batches[0]!.allowed).toEqual(['read', 'approve', 'return']);
    expect(await reservations(fx.sorTromsApp.id)).toEqual([
      { year: YEAR + 1, amountKr: 120_000, status: 'foreløpig' },
      { year: YEAR + 2, amountKr: 90_000, status: 'foreløpig' },
    ]);
  });

  it('lets a budsjettdisponent with no hand in it approve; the later years bind with the decided amounts', async () => {
    const batch = (await read(fx.bjorn)).batches[0]!;
    const answer = await step(approveVedtakBatch, fx.bjorn, batch);
    expect(answer.batches[0]).toMatchObject({ state: 'godkjent', approvedByName: 'Bjørn Disponent', allowed: ['read'] });
    expect(decisionOf(answer, fx.sorTromsApp.id).stage).toBe('godkjent');
    expect(await reservations(fx.sorTromsApp.id)).toEqual([
      { year: YEAR + 1, amountKr: 120_000, status: 'bindende' },
      { year: YEAR + 2, amountKr: 80_000, status: 'bindende' },
    ]);
    expect(await reservations(fx.dekompApp.id)).toEqual([]);
    // Approved decisions are not edited any more.
    expect((await caught(edit(fx.siri, decisionOf(answer, fx.nordTromsApp.id), {}))).status).toBe(409);
  });
});

describe('an endringsvedtak', () => {
  it('is refused for a decision not issued yet', async () => {
    const a = decisionOf(await read(fx.siri), fx.sorTromsApp.id);
    expect((await caught(amendVedtak({ db: fx.db, actor: fx.siri, clock, vedtakId: a.id }))).status).toBe(409);
  });

  it('copies an issued decision into its own list, approved the same way, and rebinds the later years', async () => {
    // Issuing is another use case (issue-vedtak-batch.ts): mark the list issued here.
    const batch = (await read(fx.siri)).batches[0]!;
    await fx.db.update(vedtakBatch).set({ state: 'utstedt', issuedAt: new Date() }).where(eq(vedtakBatch.id, batch.id));
    await fx.db.update(vedtakTable).set({ issuedAt: new Date() }).where(eq(vedtakTable.batchId, batch.id));
    const original = decisionOf(await read(fx.siri), fx.sorTromsApp.id);

    const amended = await amendVedtak({ db: fx.db, actor: fx.siri, clock, vedtakId: original.id });
    expect(amended.batches.map((b) => [b.kind, b.state])).toEqual([
      ['vedtak', 'utstedt'],
      ['endringsvedtak', 'utkast'],
    ]);
    const copy = decisionOf(amended, fx.sorTromsApp.id, 1);
    expect(copy).toMatchObject({ amendsId: original.id, kind: 'tilsagn', totalKr: 350_000 });
    expect((await caught(amendVedtak({ db: fx.db, actor: fx.siri, clock, vedtakId: original.id }))).status).toBe(409);
    expect((await caught(amendVedtak({ db: fx.db, actor: fx.frode, clock, vedtakId: original.id }))).status).toBe(403);

    // The third year falls away.
    const lines = copy.lines.filter((l) => l.year !== YEAR + 2);
    let list = (await edit(fx.siri, copy, { lines, deviationReason: 'Tiltaket avsluttes etter to år etter ønske fra eierne.' })).batches[1]!;
    list = (await step(submitVedtakBatch, fx.siri, list)).batches[1]!;
    expect((await caught(step(approveVedtakBatch, fx.siri, list))).status).toBe(403);
    expect((await caught(step(approveVedtakBatch, fx.admin, list))).status).toBe(403);
    const approved = await step(approveVedtakBatch, fx.bjorn, list);
    expect(approved.batches[1]).toMatchObject({ state: 'godkjent', approvedByName: 'Bjørn Disponent' });
    expect(decisionOf(approved, fx.sorTromsApp.id, 0).supersededById).toBe(copy.id);
    expect(await reservations(fx.sorTromsApp.id)).toEqual([{ year: YEAR + 1, amountKr: 120_000, status: 'bindende' }]);
    const [row] = await fx.db.select().from(vedtakTable).where(and(eq(vedtakTable.id, original.id)));
    expect(row!.supersededById).toBe(copy.id);
  });
});
