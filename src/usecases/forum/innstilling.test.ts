// The forum adopts item by item, then the innstilling (issue 13, points 5–6), on a real database: members vote
// (present, not recused; never the secretariat or the admin), the secretariat records each item's decision
// (consensus, or counts — cast or entered, never more than the voters present — and a dissent) at a quorate meeting,
// then adopts the innstilling: a chosen scenario, every item decided and every reason given; later years become
// provisional reservations and the earlier promise a year-2 application takes over is consumed. The partnership then
// sees 'innstilt' with its own amounts and the forum's assessment, never members' scores.
//
// The rows other helpers' use cases make (members, meetings, items, scenarios) are written straight into the tables
// (src/test/forum-innstilling-fixture.ts).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, budgetReservation, emailOutbox, forumVote, innstilling as innstillingTable, partnership } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { demoActor } from '../../test/actors.ts';
import {
  insertApplication,
  insertItem,
  insertMeeting,
  insertMember,
  insertRecusal,
  insertRound,
  insertScenario,
  OFFICE,
  SCHEME,
} from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getApplication } from '../behovsmelding/get-application.ts';
import { adoptInnstilling } from './adopt-innstilling.ts';
import { castVote } from './cast-vote.ts';
import { getInnstilling } from './get-innstilling.ts';
import { recordDecision } from './record-decision.ts';

const YEAR = 2071;
const clock = fixedClock('2071-02-10T12:00:00+01:00');

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
  const frode = await demoActor(db, 'forum');
  const ingrid = await demoActor(db, 'uh');
  const nils = await demoActor(db, 'koordinatorNordreisa');
  const admin = await demoActor(db, 'admin');
  const ola = await demoActor(db, 'koordinator');
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
  const uit = await orgId(db, UIT);
  const samisk = await orgId(db, 'Sámi allaskuvla / Samisk høgskole');

  // Last year: Nord-Troms's year 1 of a measure, adopted with a provisional reservation for this year.
  const earlier = await insertRound(db, YEAR - 1);
  const nordTromsYear1 = await insertApplication(db, { roundId: earlier.id, partnershipId: nordTroms.id, year: YEAR - 1, ownerKr: 200_000, uhKr: 100_000 });
  const [promise] = await db
    .insert(budgetReservation)
    .values({ officeId: OFFICE, schemeId: SCHEME, year: YEAR, amountKr: 250_000, sourceRoundId: earlier.id, sourceApplicationId: nordTromsYear1.id })
    .returning();

  const round = await insertRound(db, YEAR);
  const a = await insertApplication(db, { roundId: round.id, partnershipId: sorTroms.id, year: YEAR, ownerKr: 100_000, uhKr: 50_000 });
  const b = await insertApplication(db, { roundId: round.id, partnershipId: nordTroms.id, year: YEAR, ownerKr: 200_000, uhKr: 100_000, previousId: nordTromsYear1.id });
  const c = await insertApplication(db, { roundId: round.id, partnershipId: dekomp.id, year: YEAR, ownerKr: 80_000, uhKr: 0 });

  const frodeSeat = await insertMember(db, 'frode.forum@example.org');
  const ingridSeat = await insertMember(db, 'ingrid.uh@example.org');
  const perSeat = await insertMember(db, 'per.studiesenter@example.org');
  const nilsSeat = await insertMember(db, 'nils.nordreisa@example.org');
  // Quorum 2: on the item Ingrid is recused from, Frode and Per still make it.
  const meeting = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-02-10T10:00:00`, present: [frodeSeat.id, ingridSeat.id, perSeat.id], absent: [nilsSeat.id], quorum: 2 });
  const itemA = await insertItem(db, { meetingId: meeting.id, position: 1, applicationId: a.id, title: SOR_TROMS, assessment: 'Godt forankret i kartleggingen; UiT og eierne samarbeider tett.' });
  const itemB = await insertItem(db, { meetingId: meeting.id, position: 2, applicationId: b.id, title: 'Kompetanseløftet Nord-Troms' });
  const itemC = await insertItem(db, { meetingId: meeting.id, position: 3, applicationId: c.id, title: 'Dekomp Troms fylkeskommune' });
  await insertRecusal(db, { itemId: itemA.id, memberId: ingridSeat.id, reason: 'UiT er UH i partnerskapet' });

  const scenario = await insertScenario(db, {
    roundId: round.id,
    applications: [
      { applicationId: a.id, priority: 1 },
      { applicationId: b.id, priority: 2, reason: 'Redusert: samlingene kan holdes digitalt.' },
      { applicationId: c.id, priority: null, reason: null },
    ],
    lines: [
      { applicationId: a.id, year: YEAR, recipient: 'owner', amountKr: 100_000 },
      { applicationId: a.id, year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
      { applicationId: a.id, year: YEAR + 1, recipient: 'owner', amountKr: 80_000 },
      { applicationId: a.id, year: YEAR + 1, recipient: 'uh', recipientOrgId: uit, amountKr: 40_000 },
      { applicationId: b.id, year: YEAR, recipient: 'owner', amountKr: 150_000 },
      { applicationId: b.id, year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 30_000 },
      { applicationId: b.id, year: YEAR, recipient: 'uh', recipientOrgId: samisk, amountKr: 20_000 },
    ],
  });
  return { db, siri, frode, ingrid, nils, admin, ola, round, earlier, a, b, c, itemA, itemB, itemC, meeting, frodeSeat, scenario, promise: promise!, uit };
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

const vote = (actor: Actor, itemId: string, option: string) => castVote({ db: fx.db, actor, clock, itemId, input: { option } });
const record = (actor: Actor, itemId: string, input: unknown) => recordDecision({ db: fx.db, actor, clock, itemId, input });
const adopt = (actor: Actor, meetingId = fx.meeting.id) => adoptInnstilling({ db: fx.db, actor, clock, roundId: fx.round.id, input: { meetingId } });

describe('votes', () => {
  it('a present member votes, and may change the vote until the item is decided', async () => {
    expect(await vote(fx.frode, fx.itemB.id, 'for')).toEqual({ itemId: fx.itemB.id, option: 'for' });
    await vote(fx.frode, fx.itemB.id, 'mot');
    const rows = await fx.db.select().from(forumVote).where(eq(forumVote.itemId, fx.itemB.id));
    expect(rows.map((r) => [r.memberId, r.option])).toEqual([[fx.frodeSeat.id, 'mot']]);
  });

  it('a recused member cannot vote on the item (403)', async () => {
    expect((await caught(vote(fx.ingrid, fx.itemA.id, 'for'))).status).toBe(403);
  });

  it('a member absent from the meeting cannot vote (403)', async () => {
    expect((await caught(vote(fx.nils, fx.itemB.id, 'for'))).status).toBe(403);
  });

  it('the secretariat cannot vote, and neither can the admin (403)', async () => {
    expect((await caught(vote(fx.siri, fx.itemB.id, 'for'))).status).toBe(403);
    expect((await caught(vote(fx.admin, fx.itemB.id, 'for'))).status).toBe(403);
  });

  it('refuses an option that is not for, mot or avstår', async () => {
    expect((await caught(vote(fx.frode, fx.itemB.id, 'kanskje'))).status).toBe(400);
  });
});

describe('recording an item’s adoption', () => {
  it('a forum member cannot record a decision, and neither can the admin (403)', async () => {
    expect((await caught(record(fx.frode, fx.itemA.id, { kind: 'consensus', text: 'Innstilt' }))).status).toBe(403);
    expect((await caught(record(fx.admin, fx.itemA.id, { kind: 'consensus', text: 'Innstilt' }))).status).toBe(403);
  });

  it('entered counts may not exceed the voting members present', async () => {
    const e = await caught(record(fx.siri, fx.itemC.id, { kind: 'vote', counts: { for: 3, mot: 1, avstår: 0 } }));
    expect(e.status).toBe(400);
    expect(e.fieldErrors[0]!.message).toBe('4 stemmer er flere enn de 3 stemmeberettigede som er til stede');
  });

  it('records a vote from the cast votes, with the dissent, and locks the item', async () => {
    await vote(fx.ingrid, fx.itemB.id, 'for');
    const decision = await record(fx.siri, fx.itemB.id, { kind: 'vote', text: 'Innstilt med redusert beløp', dissent: 'Utdanningsforbundet: reduksjonen rammer samlingene.' });
    expect(decision).toMatchObject({ kind: 'vote', counts: { for: 1, mot: 1, avstår: 0 }, dissent: 'Utdanningsforbundet: reduksjonen rammer samlingene.' });
    expect((await caught(vote(fx.frode, fx.itemB.id, 'for'))).status).toBe(409);
    const again = await caught(record(fx.siri, fx.itemB.id, { kind: 'consensus', text: 'Ny tekst' }));
    expect(again.status).toBe(409);
    expect(again.userMessage).toBe('Saken er allerede avgjort og kan ikke føres på nytt');
    const audit = await fx.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'forum-item-decision'), eq(auditLog.entityId, fx.itemB.id)));
    expect(audit).toHaveLength(1);
  });

  it('records consensus on the item a member is recused from', async () => {
    expect(await record(fx.siri, fx.itemA.id, { kind: 'consensus', text: 'Innstilt som omsøkt' })).toMatchObject({ kind: 'consensus', text: 'Innstilt som omsøkt', counts: null });
  });
});

describe('the partnership’s view before adoption', () => {
  it('a submitted application on a meeting’s agenda is til behandling, with no amounts', async () => {
    const view = await getApplication({ db: fx.db, actor: fx.ola, clock, id: fx.a.id });
    expect(view.forum).toEqual({ status: 'til behandling', outcome: null });
  });
});

describe('adopting the innstilling', () => {
  it('is refused while an item is undecided or a reason is missing, naming each', async () => {
    const e = await caught(adopt(fx.siri));
    expect(e.status).toBe(409);
    expect((e.details as { problems: string[] }).problems.map(renderNb)).toEqual([
      'Saken «Dekomp Troms fylkeskommune» er ikke avgjort',
      'Begrunnelse mangler for at Dekomp Troms fylkeskommune ikke er prioritert',
    ]);
    const { problems } = await getInnstilling({ db: fx.db, actor: fx.siri, clock, roundId: fx.round.id });
    expect(problems.map(renderNb)).toHaveLength(2);
  });

  it('a forum member cannot adopt, and neither can the admin (403)', async () => {
    expect((await caught(adopt(fx.frode))).status).toBe(403);
    expect((await caught(adopt(fx.admin))).status).toBe(403);
  });

  it('a meeting without its quorum cannot adopt (403)', async () => {
    const thin = await insertMeeting(fx.db, { roundId: fx.round.id, startsAtLocal: `${YEAR}-02-11T10:00:00`, present: [fx.frodeSeat.id], quorum: 2 });
    expect((await caught(adopt(fx.siri, thin.id))).status).toBe(403);
  });

  it('adopts: vedtatt, later years reserved provisionally, the earlier promise consumed by its year-2 application', async () => {
    await record(fx.siri, fx.itemC.id, { kind: 'consensus', text: 'Ikke prioritert' });
    await fx.db.execute(`update allocation_application set reason = 'Tiltaket er individuell videreutdanning, som ordningen ikke dekker.' where application_id = '${fx.c.id}'`);
    const answer = await adopt(fx.siri);
    expect(answer.innstilling.state).toBe('vedtatt');
    expect(answer.problems).toEqual([]);

    const [row] = await fx.db.select().from(innstillingTable).where(eq(innstillingTable.roundId, fx.round.id));
    expect(row).toMatchObject({ state: 'vedtatt', meetingId: fx.meeting.id, scenarioId: fx.scenario.id, adoptedByName: fx.siri.name });

    const made = await fx.db.select().from(budgetReservation).where(eq(budgetReservation.sourceRoundId, fx.round.id));
    expect(made.map((r) => [r.sourceApplicationId, r.year, r.amountKr, r.status])).toEqual([[fx.a.id, YEAR + 1, 120_000, 'foreløpig']]);
    const [promise] = await fx.db.select().from(budgetReservation).where(eq(budgetReservation.id, fx.promise.id));
    expect(promise!.consumedByApplicationId).toBe(fx.b.id);

    const audit = await fx.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'innstilling'), eq(auditLog.entityId, fx.round.id)));
    expect(audit).toHaveLength(1);
    expect((await caught(adopt(fx.siri))).status).toBe(409);
  });

  it('the adoption told each applicant by e-mail, in its written standard, with a link to its application (issue 15)', async () => {
    const mails = await fx.db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'innstilling-vedtatt'));
    // Sør-Troms's coordinator is Ola; Nord-Troms's is Nils, whose Nordreisa writes nynorsk (the demo's profile).
    const toOla = mails.find((m) => m.to === 'ola.koordinator@example.org' && m.link?.endsWith(`/behovsmeldinger/${fx.a.id}`));
    expect(toOla).toMatchObject({ language: 'nb', subject: `Innstillingen er vedtatt: Behovsmeldinger ${YEAR}` });
    const toNils = mails.find((m) => m.to === 'nils.nordreisa@example.org' && m.link?.endsWith(`/behovsmeldinger/${fx.b.id}`));
    expect(toNils).toMatchObject({ language: 'nn', subject: `Innstillinga er vedteken: Behovsmeldinger ${YEAR}` });
    expect(toNils!.text).toContain(`/behovsmeldinger/${fx.b.id}`);
    // Dekomp's application (not prioritised) names no contact person here, and its partnership has no coordinator:
    // nobody to tell. The demo's own adopted round has mails of its own.
    const [dekomp] = await fx.db.select().from(partnership).where(eq(partnership.name, 'Dekomp Troms fylkeskommune'));
    expect(dekomp!.coordinatorPersonId).toBeNull();
    expect(mails.some((m) => m.link?.endsWith(`/behovsmeldinger/${fx.c.id}`))).toBe(false);
  });

  it('the innstilling holds the measures with owner and per-UH amounts per year, the reasons, the dissent and the recusal', async () => {
    const { innstilling: c } = await getInnstilling({ db: fx.db, actor: fx.frode, clock, roundId: fx.round.id });
    expect(c.prioritised.map((p) => p.applicationId)).toEqual([fx.a.id, fx.b.id]);
    expect(c.prioritised[0]!.split[1]).toEqual({ year: YEAR + 1, provisional: true, ownerKr: 80_000, uh: [{ orgId: fx.uit, name: UIT, amountKr: 40_000 }], totalKr: 120_000 });
    expect(c.prioritised[0]).toMatchObject({ payeeName: 'Harstad kommune', durationYears: 2, units: [{ label: 'kommunale grunnskoler', count: 3 }] });
    expect(c.prioritised[1]).toMatchObject({ reduced: true, reason: 'Redusert: samlingene kan holdes digitalt.', askedKr: 300_000, totalKr: 200_000 });
    expect(c.prioritised[1]!.split[0]!.uh).toHaveLength(2);
    expect(c.notPrioritised).toEqual([expect.objectContaining({ applicationId: fx.c.id, reason: 'Tiltaket er individuell videreutdanning, som ordningen ikke dekker.' })]);
    expect(c.items[1]).toMatchObject({ decisionKind: 'vote', voteCounts: { for: 1, mot: 1, avstår: 0 }, dissent: 'Utdanningsforbundet: reduksjonen rammer samlingene.' });
    expect(c.items[0]!.recusals).toEqual([expect.objectContaining({ organisationName: UIT, reason: 'UiT er UH i partnerskapet' })]);
  });

  it('another office sees nothing of the innstilling (403)', async () => {
    const nora = await demoActor(fx.db, 'saksbehandlerNordland');
    expect((await caught(getInnstilling({ db: fx.db, actor: nora, clock, roundId: fx.round.id }))).status).toBe(403);
    expect((await caught(adopt(nora))).status).toBe(403);
  });
});

describe('what partnerships see after adoption', () => {
  it('the coordinator sees innstilt, its own amounts per year and the forum’s assessment, and no scores', async () => {
    const view = await getApplication({ db: fx.db, actor: fx.ola, clock, id: fx.a.id });
    expect(view.forum).toEqual({
      status: 'innstilt',
      outcome: {
        prioritised: true,
        totalKr: 270_000,
        assessment: 'Godt forankret i kartleggingen; UiT og eierne samarbeider tett.',
        reason: null,
        split: [
          { year: YEAR, provisional: false, ownerKr: 100_000, uh: [{ orgId: fx.uit, name: UIT, amountKr: 50_000 }], totalKr: 150_000 },
          { year: YEAR + 1, provisional: true, ownerKr: 80_000, uh: [{ orgId: fx.uit, name: UIT, amountKr: 40_000 }], totalKr: 120_000 },
        ],
      },
    });
    expect(JSON.stringify(view)).not.toMatch(/score|dissent|Utdanningsforbundet:/i);
  });
});
