// The allocation within the frame (issue 13, point 4) on a real database: scenarios of a round, "as asked", the
// UH amount split between institutions, parts of another office shown and never allocated, totals against the frame
// and earlier promises (a promise consumed by next year's application counts once), Dekomp's co-funding and its
// checklist (no individual further education), reasons before choosing, one chosen scenario per round, comparing
// two, and who may do what.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationLine, allocationScenario, auditLog, innstilling } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { demoActor } from '../../test/actors.ts';
import { openRound } from '../../test/behovsmelding-fixture.ts';
import { allocationValues, reserve, setFrame, submittedApplication } from '../../test/forum-allocation-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { chooseScenario } from './choose-scenario.ts';
import { compareScenarios } from './compare-scenarios.ts';
import { copyScenario } from './copy-scenario.ts';
import { createScenario } from './create-scenario.ts';
import { deleteScenario } from './delete-scenario.ts';
import { getScenario } from './get-scenario.ts';
import { listScenarios } from './list-scenarios.ts';
import { renameScenario } from './rename-scenario.ts';
import { setAllocationLines } from './set-allocation-lines.ts';
import { setApplicationAllocation } from './set-application-allocation.ts';

const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const SAMISK = 'Sámi allaskuvla / Samisk høgskole';
const clock = fixedClock('2071-01-10T12:00:00+01:00');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const nora = await demoActor(db, 'saksbehandlerNordland');
  const frode = await demoActor(db, 'forum');
  const ola = await demoActor(db, 'koordinator');
  const admin = await demoActor(db, 'admin');
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, NORD_TROMS);
  const uit = await orgId(db, UIT);
  const samisk = await orgId(db, SAMISK);
  const nord = await orgId(db, 'Nord universitet');

  // 2071: Sør-Troms (with its Evenes part at Nordland) and Nord-Troms (UiT and Samisk høgskole), against 1 000 000.
  const round = await openRound(db, siri, 2071);
  const sorApp = await submittedApplication(db, {
    roundId: round.id,
    partnershipId: sorTroms.id,
    values: allocationValues([
      { id: 'sor-troms', years: [{ year: 2071, ownerKr: 400_000, uhKr: 300_000 }] },
      { id: 'evenes', otherOfficeId: 'nordland', years: [{ year: 2071, ownerKr: 59_000, uhKr: 145_767 }] },
    ]),
  });
  const nordApp = await submittedApplication(db, {
    roundId: round.id,
    partnershipId: nordTroms.id,
    values: allocationValues(
      [{ id: 'hoved', years: [{ year: 2071, ownerKr: 200_000, uhKr: 250_000 }, { year: 2072, ownerKr: 150_000, uhKr: 100_000 }] }],
      [{ navn: 'UiT Norges arktiske universitet', orgnr: '970 422 528' }, { navn: 'Samisk høgskole' }],
    ),
  });
  await setFrame(db, { year: 2071, amountKr: 1_000_000 });
  await setFrame(db, { year: 2072, amountKr: 800_000, confirmed: false });
  return { db, siri, nora, frode, ola, admin, sorTroms, nordTroms, uit, samisk, nord, round, sorApp, nordApp };
}

const ctx = (actor: Actor) => ({ db: fx.db, actor, clock });
const create = (name: string, from: 'empty' | 'asked' = 'empty', actor = fx.siri, roundId = fx.round.id) => createScenario({ ...ctx(actor), roundId, input: { name, from } });
const screen = (id: string, actor = fx.siri) => getScenario({ ...ctx(actor), id });
const lines = (id: string, version: number, l: Record<string, unknown>[]) => setAllocationLines({ ...ctx(fx.siri), id, input: { expectedVersion: version, lines: l } });
const owner = (applicationId: string, partKey: string, year: number, amountKr: number) => ({ applicationId, partKey, year, recipient: 'owner', orgId: null, amountKr });
const uh = (applicationId: string, partKey: string, year: number, orgId: string, amountKr: number) => ({ applicationId, partKey, year, recipient: 'uh', orgId, amountKr });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('scenarios of a round', () => {
  it('a scenario "as asked" proposes each part of this office what it asks, the UH amount to the first institution named', async () => {
    const { scenario } = await create('Som omsøkt', 'asked');
    const s = await screen(scenario.id);
    const nord = s.applications.find((a) => a.id === fx.nordApp.id)!;
    expect(nord.uhRecipients.map((u) => [u.orgId, u.named])).toEqual([
      [fx.uit, true],
      [fx.samisk, true],
    ]);
    expect(nord.parts[0]!.years).toEqual([
      { year: 2071, asked: { ownerKr: 200_000, uhKr: 250_000, coFundingKr: 0 }, proposed: { ownerKr: 200_000, uhKr: 250_000, uh: [{ orgId: fx.uit, amountKr: 250_000 }] } },
      { year: 2072, asked: { ownerKr: 150_000, uhKr: 100_000, coFundingKr: 0 }, proposed: { ownerKr: 150_000, uhKr: 100_000, uh: [{ orgId: fx.uit, amountKr: 100_000 }] } },
    ]);
    expect(nord.reasonNeeded).toBeNull();
    // Nothing is reduced; the only gaps are the priorities the secretariat has not set yet.
    expect(s.gaps.map((g) => g.kind)).toEqual(['priority-missing', 'priority-missing']);
  });

  it('a part of another office is shown, never allocated', async () => {
    const { scenario } = await create('Evenes');
    const shown = (await screen(scenario.id)).applications.find((a) => a.id === fx.sorApp.id)!.parts.find((p) => p.key === 'evenes')!;
    expect(shown).toMatchObject({ ownOffice: false, otherOfficeId: 'nordland', otherOfficeName: 'Statsforvalteren i Nordland' });
    expect(shown.years).toEqual([{ year: 2071, asked: { ownerKr: 59_000, uhKr: 145_767, coFundingKr: 0 }, proposed: null }]);

    const error = await refusal(lines(scenario.id, scenario.version, [owner(fx.sorApp.id, 'sor-troms', 2071, 100_000), owner(fx.sorApp.id, 'evenes', 2071, 59_000)]));
    expect(error.status).toBe(400);
    expect(renderNb(error.userMessage)).toBe('Delen hører til Statsforvalteren i Nordland, og fordeles der');
    // Nothing half-written: the good line of the same request is not stored either.
    expect(await fx.db.select().from(allocationLine).where(eq(allocationLine.scenarioId, scenario.id))).toEqual([]);
    expect((await screen(scenario.id)).scenario.version).toBe(scenario.version);
  });

  it("splits a part's UH amount between two institutions of the partnership, and refuses one outside it", async () => {
    const { scenario } = await create('Delt UH');
    const s = await lines(scenario.id, scenario.version, [uh(fx.nordApp.id, 'hoved', 2071, fx.uit, 150_000), uh(fx.nordApp.id, 'hoved', 2071, fx.samisk, 100_000)]);
    const year = s.applications.find((a) => a.id === fx.nordApp.id)!.parts[0]!.years[0]!;
    expect(year.proposed).toEqual({ ownerKr: 0, uhKr: 250_000, uh: [{ orgId: fx.uit, amountKr: 150_000 }, { orgId: fx.samisk, amountKr: 100_000 }].sort((a, b) => a.orgId.localeCompare(b.orgId)) });

    const error = await refusal(lines(scenario.id, s.scenario.version, [uh(fx.nordApp.id, 'hoved', 2071, fx.nord, 10_000)]));
    expect(error.fieldErrors).toEqual([{ field: 'lines.0.orgId', message: 'Institusjonen er ikke UH i partnerskapet' }]);
    for (const amountKr of [-1, 10.5])
      expect((await refusal(lines(scenario.id, s.scenario.version, [owner(fx.nordApp.id, 'hoved', 2071, amountKr)]))).status).toBe(400);
  });

  it('allocating over the frame says by how much; setting an amount to 0 removes it', async () => {
    const { scenario } = await create('For mye');
    const s = await lines(scenario.id, scenario.version, [
      owner(fx.sorApp.id, 'sor-troms', 2071, 400_000),
      uh(fx.sorApp.id, 'sor-troms', 2071, fx.uit, 300_000),
      owner(fx.nordApp.id, 'hoved', 2071, 200_000),
      uh(fx.nordApp.id, 'hoved', 2071, fx.uit, 250_000),
      owner(fx.nordApp.id, 'hoved', 2072, 150_000),
    ]);
    expect(s.totals).toEqual([
      { year: 2071, frame: { amountKr: 1_000_000, confirmed: true }, reservedKr: 0, consumedKr: 0, proposedKr: 1_150_000, totalKr: 1_150_000, overKr: 150_000 },
      { year: 2072, frame: { amountKr: 800_000, confirmed: false }, reservedKr: 0, consumedKr: 0, proposedKr: 150_000, totalKr: 150_000, overKr: -650_000 },
      { year: 2073, frame: null, reservedKr: 0, consumedKr: 0, proposedKr: 0, totalKr: 0, overKr: null },
    ]);
    const after = await lines(scenario.id, s.scenario.version, [uh(fx.sorApp.id, 'sor-troms', 2071, fx.uit, 0)]);
    expect(after.totals[0]!.overKr).toBe(-150_000);
    // A stale version is a conflict, not a silent overwrite.
    expect((await refusal(lines(scenario.id, s.scenario.version, [owner(fx.sorApp.id, 'sor-troms', 2071, 1)]))).status).toBe(409);
  });

  it('a reduced application needs a reason before the scenario can be chosen; the save lists what is missing', async () => {
    const { scenario } = await create('Redusert', 'asked');
    let s = await lines(scenario.id, scenario.version, [owner(fx.sorApp.id, 'sor-troms', 2071, 300_000), owner(fx.nordApp.id, 'hoved', 2071, 0), uh(fx.nordApp.id, 'hoved', 2071, fx.uit, 0), owner(fx.nordApp.id, 'hoved', 2072, 0), uh(fx.nordApp.id, 'hoved', 2072, fx.uit, 0)]);
    expect(s.applications.map((a) => [a.partnershipName, a.reasonNeeded])).toEqual([
      [NORD_TROMS, 'not-prioritised'],
      [SOR_TROMS, 'reduced'],
    ]);
    const error = await refusal(chooseScenario({ ...ctx(fx.siri), id: scenario.id }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual({
      gaps: [
        { applicationId: fx.nordApp.id, kind: 'not-prioritised' },
        { applicationId: fx.sorApp.id, kind: 'reduced' },
        { applicationId: fx.sorApp.id, kind: 'priority-missing' },
      ],
    });

    s = await setApplicationAllocation({ ...ctx(fx.siri), id: scenario.id, applicationId: fx.nordApp.id, input: { priority: null, reason: 'Tiltaket ligger utenfor langsiktig plan.', expectedVersion: s.scenario.version } });
    s = await setApplicationAllocation({ ...ctx(fx.siri), id: scenario.id, applicationId: fx.sorApp.id, input: { priority: 1, reason: 'Rammen strekker ikke til.', expectedVersion: s.scenario.version } });
    expect(s.gaps).toEqual([]);
    const { scenario: chosen } = await chooseScenario({ ...ctx(fx.siri), id: scenario.id });
    expect(chosen.chosen).toBe(true);

    // One chosen per round: choosing another un-chooses this one; the chosen one cannot be deleted.
    const { scenario: copy } = await copyScenario({ ...ctx(fx.siri), id: scenario.id, input: { name: 'Kopi' } });
    expect(copy.chosen).toBe(false);
    await chooseScenario({ ...ctx(fx.siri), id: copy.id });
    const listed = (await listScenarios({ ...ctx(fx.frode), roundId: fx.round.id })).scenarios;
    expect(listed.filter((x) => x.chosen).map((x) => x.name)).toEqual(['Kopi']);
    expect((await refusal(deleteScenario({ ...ctx(fx.siri), id: copy.id }))).status).toBe(409);
    await deleteScenario({ ...ctx(fx.siri), id: scenario.id });
    expect(await fx.db.select().from(allocationScenario).where(eq(allocationScenario.id, scenario.id))).toEqual([]);
  });

  it('copies a scenario and compares the two side by side', async () => {
    const { scenario: a } = await create('A', 'asked');
    const { scenario: b } = await copyScenario({ ...ctx(fx.siri), id: a.id, input: { name: 'B' } });
    const renamed = await renameScenario({ ...ctx(fx.siri), id: b.id, input: { name: 'B – kuttet', expectedVersion: b.version } });
    await lines(b.id, renamed.scenario.version, [owner(fx.sorApp.id, 'sor-troms', 2071, 250_000)]);
    const cmp = await compareScenarios({ ...ctx(fx.frode), a: a.id, b: b.id });
    expect(cmp.b.name).toBe('B – kuttet');
    expect(cmp.applications.find((x) => x.id === fx.sorApp.id)!.years[0]).toEqual({ year: 2071, aKr: 700_000, bKr: 550_000, differenceKr: -150_000 });
    expect(cmp.totals.a[0]!.proposedKr - cmp.totals.b[0]!.proposedKr).toBe(150_000);
    expect((await refusal(create('A'))).fieldErrors[0]!.field).toBe('name');
  });
});

describe('earlier promises', () => {
  it("allocating next year's application of a promised measure consumes the reservation", async () => {
    const db = fx.db;
    // 2074 promised Sør-Troms 400 000 for 2075 and Nord-Troms 300 000 for 2075.
    const first = await openRound(db, fx.siri, 2074);
    const promisedSor = await submittedApplication(db, { roundId: first.id, partnershipId: fx.sorTroms.id, values: allocationValues([{ id: 'hoved', years: [{ year: 2074, ownerKr: 1, uhKr: 0 }] }]) });
    const promisedNord = await submittedApplication(db, { roundId: first.id, partnershipId: fx.nordTroms.id, values: allocationValues([{ id: 'hoved', years: [{ year: 2074, ownerKr: 1, uhKr: 0 }] }]) });
    await reserve(db, { year: 2075, amountKr: 400_000, sourceRoundId: first.id, sourceApplicationId: promisedSor.id });
    await reserve(db, { year: 2075, amountKr: 300_000, sourceRoundId: first.id, sourceApplicationId: promisedNord.id });
    await setFrame(db, { year: 2075, amountKr: 1_000_000 });
    // In 2075 only Sør-Troms sends its year-2 application (previous_id → its 2074 one).
    const second = await openRound(db, fx.siri, 2075);
    const year2 = await submittedApplication(db, {
      roundId: second.id,
      partnershipId: fx.sorTroms.id,
      previousId: promisedSor.id,
      values: allocationValues([{ id: 'hoved', years: [{ year: 2075, ownerKr: 250_000, uhKr: 150_000 }] }]),
    });
    const { scenario } = await create('År 2', 'asked', fx.siri, second.id);
    const s = await screen(scenario.id);
    // Sør-Troms's 400 000 counts once (as proposed), Nord-Troms's promise still holds 300 000.
    expect(s.totals[0]).toEqual({ year: 2075, frame: { amountKr: 1_000_000, confirmed: true }, reservedKr: 300_000, consumedKr: 400_000, proposedKr: 400_000, totalKr: 700_000, overKr: -300_000 });
    expect(s.applications.find((a) => a.id === year2.id)!.consumesReservations).toEqual([{ year: 2075, amountKr: 400_000 }]);
  });
});

describe('scheme rules', () => {
  it('Dekomp: an allocation that leaves owner co-funding short is flagged with the missing amount in kroner', async () => {
    const db = fx.db;
    const round = await openRound(db, fx.siri, 2076, { schemeId: 'dekomp' });
    const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
    // Declares 120 000 co-funding (salary and release time included) against 500 000 asked.
    const app = await submittedApplication(db, { roundId: round.id, partnershipId: dekomp.id, values: allocationValues([{ id: 'hoved', years: [{ year: 2076, ownerKr: 500_000, uhKr: 0, coFundingKr: 120_000 }] }]) });
    const { scenario } = await create('Dekomp', 'asked', fx.siri, round.id);
    const s = await screen(scenario.id);
    expect(s.ownerCofundingPercent).toBe(30);
    expect(s.applications.find((a) => a.id === app.id)!.cofunding).toEqual([{ year: 2076, requiredKr: 150_000, declaredKr: 120_000, missingKr: 30_000 }]);
    // Cutting the owner's grant to 400 000 needs 120 000: no longer short.
    const cut = await lines(scenario.id, s.scenario.version, [owner(app.id, 'hoved', 2076, 400_000)]);
    expect(cut.applications.find((a) => a.id === app.id)!.cofunding![0]!.missingKr).toBe(0);
    // Kompetanseløftet requires none.
    const { scenario: other } = await create('Ingen egenandel');
    expect((await screen(other.id)).applications.every((a) => a.cofunding === null)).toBe(true);
  });

  it('Dekomp: a prioritised application must be checked for no individual further education before the scenario can be chosen', async () => {
    const db = fx.db;
    const round = await openRound(db, fx.siri, 2078, { schemeId: 'dekomp' });
    const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
    const app = await submittedApplication(db, { roundId: round.id, partnershipId: dekomp.id, values: allocationValues([{ id: 'hoved', years: [{ year: 2078, ownerKr: 400_000, uhKr: 0, coFundingKr: 120_000 }] }]) });
    const { scenario } = await create('Sjekkliste', 'asked', fx.siri, round.id);
    const set = (input: Record<string, unknown>, version: number) => setApplicationAllocation({ ...ctx(fx.siri), id: scenario.id, applicationId: app.id, input: { ...input, expectedVersion: version } });

    let s = await screen(scenario.id);
    expect(s.checklist).toEqual({ noIndividualEducation: true });
    expect(s.applications.find((a) => a.id === app.id)!.noIndividualEducation).toBeNull();
    s = await set({ priority: 1, reason: null }, s.scenario.version);
    expect(s.gaps).toEqual([{ applicationId: app.id, kind: 'individual-education-unchecked' }]);
    const error = await refusal(chooseScenario({ ...ctx(fx.siri), id: scenario.id }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual({ gaps: [{ applicationId: app.id, kind: 'individual-education-unchecked' }] });

    s = await set({ priority: 1, reason: null, noIndividualEducation: true }, s.scenario.version);
    expect(s.applications.find((a) => a.id === app.id)!.noIndividualEducation).toBe(true);
    expect(s.gaps).toEqual([]);
    // A save without the field keeps the box as it is.
    s = await set({ priority: 2, reason: null }, s.scenario.version);
    expect(s.applications.find((a) => a.id === app.id)).toMatchObject({ priority: 2, noIndividualEducation: true });
    const audits = await db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'allocation-application'), eq(auditLog.entityId, `${scenario.id}:${app.id}`)))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.after)).toEqual([
      { priority: 1, reason: null, noIndividualEducation: null },
      { priority: 1, reason: null, noIndividualEducation: true },
      { priority: 2, reason: null, noIndividualEducation: true },
    ]);
    expect((await chooseScenario({ ...ctx(fx.siri), id: scenario.id })).scenario.chosen).toBe(true);

    // Kompetanseløftet has no such rule: its screens ask nothing.
    const { scenario: other } = await create('Uten sjekkliste', 'asked');
    const plain = await screen(other.id);
    expect(plain.checklist).toEqual({ noIndividualEducation: false });
    expect(plain.gaps.some((g) => g.kind === 'individual-education-unchecked')).toBe(false);
  });
});

describe('who may do what', () => {
  it('a forum member reads but cannot edit; another office and an owner see nothing', async () => {
    const { scenario } = await create('Tilgang');
    expect((await screen(scenario.id, fx.frode)).allowed).toEqual(['read', 'export']);
    expect((await refusal(setAllocationLines({ ...ctx(fx.frode), id: scenario.id, input: { expectedVersion: scenario.version, lines: [] } }))).status).toBe(403);
    expect((await refusal(create('Forum', 'empty', fx.frode))).status).toBe(403);
    expect((await refusal(screen(scenario.id, fx.nora))).status).toBe(403);
    expect((await refusal(screen(scenario.id, fx.ola))).status).toBe(403);
    expect((await refusal(listScenarios({ ...ctx(fx.ola), roundId: fx.round.id }))).status).toBe(403);
  });

  it('no scenario changes once the innstilling is adopted', async () => {
    const db = fx.db;
    const round = await openRound(db, fx.siri, 2077);
    const { scenario } = await create('Vedtatt', 'empty', fx.siri, round.id);
    await db.insert(innstilling).values({ roundId: round.id, state: 'vedtatt', scenarioId: scenario.id });
    expect((await refusal(lines(scenario.id, scenario.version, []))).status).toBe(409);
    expect((await refusal(create('Ny', 'empty', fx.siri, round.id))).status).toBe(409);
    expect((await screen(scenario.id)).adopted).toBe(true);
  });
});
