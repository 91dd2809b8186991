// The demo shows the samarbeidsforum in both states (issue 13, "Must show": demo data): the current round awaiting
// the forum (a Dekomp round closed before the seed day with its submitted applications; members, criteria, a meeting
// with its agenda, notice and recusals, one confirmed) and an earlier round with its innstilling
// adopted, whose later year stands reserved against that year's frame (binding once decided). Seeded years ahead, as
// demo-dates.test.ts does, so the dates counted from the seed day are proven to follow it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import {
  allocationScenario,
  behovsmelding,
  behovsmeldingRound,
  budgetReservation,
  emailOutbox,
  forumAgendaItem,
  forumMeeting,
  forumMember,
  forumRecusal,
  forumReview,
  innstilling,
  partnership,
} from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createEmptyDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getForumMeeting } from '../../usecases/forum/get-forum-meeting.ts';
import { getScenario } from '../../usecases/forum/get-scenario.ts';
import { listBudgetFrames } from '../../usecases/forum/list-budget-frames.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { listForumMeetings } from '../../usecases/forum/list-forum-meetings.ts';
import { listForumMembers } from '../../usecases/forum/list-forum-members.ts';
import { CLOSED_ROUND_FRAME_KR } from '../demo-behovsmelding/closed-round.ts';
import { seedDemoBehovsmelding } from '../demo-behovsmelding/seed.ts';
import { prepareDatabase } from '../prepare-database.ts';
import { AS_ASKED_SCENARIO } from './current-round.ts';
import { EARLIER_MEETING_TITLE, REDUCED_UH_KR } from './earlier-round.ts';
import { FORUM_OFFICE } from './members.ts';
import { seedDemoForum } from './seed.ts';

const seededAt = fixedClock('2031-03-10T09:00:00+01:00');
let database: TestDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
  await prepareDatabase(database, { demo: true, clock: seededAt });
}, 120_000);
afterAll(() => database?.close());

const roundOf = async (year: number, schemeId = 'kompetanseloftet') =>
  (
    await database.db
      .select()
      .from(behovsmeldingRound)
      .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, schemeId), eq(behovsmeldingRound.year, year)))
  )[0]!;
const partnershipNamed = async (name: string) => (await database.db.select().from(partnership).where(eq(partnership.name, name)))[0]!;

describe('the demo’s samarbeidsforum, seeded on 10 March 2031', () => {
  it('Frode Myrvang, the demo’s forum user, sits on Troms og Finnmark’s forum of six, each with a deputy', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    const { members } = await listForumMembers({ db, actor: frode, officeId: FORUM_OFFICE });
    expect(members).toHaveLength(6);
    expect(members.every((m) => m.deputyName !== null)).toBe(true);
    expect(new Set(members.map((m) => m.category))).toEqual(new Set(['offentlig-eier', 'pbl', 'uh', 'ks', 'arbeidstakerorganisasjon']));
    expect(members.find((m) => m.personName === 'Frode Myrvang')).toMatchObject({ organisationName: 'Utdanningsforbundet Troms', termTo: null });
    // The others serve to the end of the year after the seed day.
    expect(members.filter((m) => m.personName !== 'Frode Myrvang').map((m) => m.termTo)).toEqual(Array(5).fill('2032-12-31'));
    expect(members.find((m) => m.category === 'uh')).toMatchObject({ organisationName: 'UiT Norges arktiske universitet' });
  });

  it('the current round awaits the forum: the Dekomp round closed six days before the seed day with three submitted applications, and its criteria', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    const round = await roundOf(2031, 'dekomp');
    expect(round.deadlineLocal).toBe('2031-03-04T23:59:59');
    const applications = await db.select().from(behovsmelding).where(eq(behovsmelding.roundId, round.id));
    expect(applications.map((a) => a.status)).toEqual(['sendt', 'sendt', 'sendt']);
    expect(applications.every((a) => a.submittedAt !== null && a.submittedAt < new Date('2031-03-04T22:59:59Z'))).toBe(true);
    expect((await listCriteria({ db, actor: frode, clock: seededAt, roundId: round.id })).criteria.length).toBeGreaterThan(0);
    // The open Kompetanseløftet round is as it was: open, with no meeting.
    const open = await roundOf(2031);
    expect(open.deadlineLocal).toBe('2031-04-24T23:59:59');
    expect(await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, open.id))).toEqual([]);
  });

  it('its meeting, two weeks after the deadline, has the three applications and a topic on the agenda, its notice sent the seed day', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    const round = await roundOf(2031, 'dekomp');
    const [meeting] = await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, round.id));
    expect(meeting).toMatchObject({ startsAtLocal: '2031-03-18T10:00:00', noticeSentAt: seededAt.now() });
    const detail = await getForumMeeting({ db, actor: frode, id: meeting!.id });
    expect(detail.items.map((i) => [i.kind, i.title])).toEqual([
      ['application', 'Dekomp Nord-Troms'],
      ['application', 'Dekomp Sør-Troms'],
      ['application', 'Dekomp Troms fylkeskommune'],
      ['topic', 'Rammen for 2031 og foreløpige reservasjoner fra tidligere innstillinger'],
    ]);
    expect(detail.attendance).toHaveLength(6);
    const { meetings } = await listForumMeetings({ db, actor: frode, officeId: FORUM_OFFICE });
    expect(meetings.map((m) => m.id)).toContain(meeting!.id);
    // The notice went to every member serving on the meeting day.
    const notices = await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'frode.forum@example.org'));
    expect(notices.length).toBeGreaterThanOrEqual(2);
  });

  it('the recusals were proposed when the applications were added; the forum has confirmed one, UiT’s member out of Sør-Troms with the deputy stepping in', async () => {
    const db = database.db;
    const round = await roundOf(2031, 'dekomp');
    const [meeting] = await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, round.id));
    const items = await db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meeting!.id));
    const recusals = await db.select().from(forumRecusal).where(inArray(forumRecusal.itemId, items.map((i) => i.id)));
    const members = await db.select().from(forumMember);
    const described = recusals
      .map((r) => [items.find((i) => i.id === r.itemId)!.title, members.find((m) => m.id === r.memberId)!.category, r.source, r.decision, r.deputyStepsIn])
      .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
    expect(described).toEqual([
      ['Dekomp Nord-Troms', 'uh', 'proposed', 'pending', false],
      ['Dekomp Sør-Troms', 'uh', 'proposed', 'confirmed', true],
      ['Dekomp Troms fylkeskommune', 'offentlig-eier', 'proposed', 'pending', false],
      ['Dekomp Troms fylkeskommune', 'uh', 'proposed', 'pending', false],
    ]);
  });

  it('nothing is reviewed, decided or adopted yet; the secretariat’s scenario “as asked” is over the frame and flags Troms fylkeskommune’s co-funding', async () => {
    const db = database.db;
    const round = await roundOf(2031, 'dekomp');
    const [meeting] = await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, round.id));
    const items = await db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meeting!.id));
    expect(items.map((i) => i.decisionKind)).toEqual([null, null, null, null]);
    expect(await db.select().from(forumReview).where(inArray(forumReview.itemId, items.map((i) => i.id)))).toEqual([]);
    expect(await db.select().from(innstilling).where(eq(innstilling.roundId, round.id))).toEqual([]);

    const siri = await demoActor(db, 'saksbehandler');
    const [scenario] = await db.select().from(allocationScenario).where(eq(allocationScenario.roundId, round.id));
    expect(scenario).toMatchObject({ name: AS_ASKED_SCENARIO });
    const screen = await getScenario({ db, actor: siri, clock: seededAt, id: scenario!.id });
    // The three ask 2 760 000 for 2031 against a frame of 2 500 000.
    expect(screen.totals.find((t) => t.year === 2031)).toMatchObject({ frame: { amountKr: CLOSED_ROUND_FRAME_KR, confirmed: true }, proposedKr: 2_760_000, overKr: 260_000 });
    const [tromsFk] = await db.select().from(behovsmelding).where(and(eq(behovsmelding.roundId, round.id), eq(behovsmelding.partnershipId, (await partnershipNamed('Dekomp Troms fylkeskommune')).id)));
    expect(screen.applications.find((a) => a.id === tromsFk!.id)!.cofunding).toEqual([
      { year: 2031, requiredKr: 90_000, declaredKr: 75_000, missingKr: 15_000 },
      { year: 2032, requiredKr: 75_000, declaredKr: 80_000, missingKr: 0 },
    ]);
  });

  it('the earlier round’s meeting held the UiT member’s recusal on the Sør-Troms application, confirmed with the deputy stepping in, and members’ submitted reviews', async () => {
    const db = database.db;
    const [meeting] = await db.select().from(forumMeeting).where(eq(forumMeeting.title, EARLIER_MEETING_TITLE));
    const items = await db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meeting!.id));
    const application = items.find((i) => i.kind === 'application')!;
    expect(application.title).toBe('Kompetanseløftet Sør-Troms og Evenes');
    const recusals = await db.select().from(forumRecusal).where(eq(forumRecusal.itemId, application.id));
    expect(recusals).toHaveLength(1);
    const [uit] = await db.select().from(forumMember).where(eq(forumMember.id, recusals[0]!.memberId));
    expect(uit?.category).toBe('uh');
    expect(recusals[0]).toMatchObject({ source: 'proposed', decision: 'confirmed', deputyStepsIn: true });
    const reviews = await db.select().from(forumReview).where(eq(forumReview.itemId, application.id));
    expect(reviews.filter((r) => r.submittedAt !== null)).toHaveLength(3);
    // Decided by vote, with the counts and the dissent printed; the topic by consensus.
    expect(application).toMatchObject({ decisionKind: 'vote', voteCounts: { for: 5, mot: 1, avstår: 0 } });
    expect(application.dissent).toMatch(/^PBL/);
    expect(items.find((i) => i.kind === 'topic')?.decisionKind).toBe('consensus');
  });

  it('the earlier round’s innstilling is adopted, and its 2025 year stands reserved against 2025’s frame (binding since the round was decided)', async () => {
    const db = database.db;
    const round = await roundOf(2024);
    const [adopted] = await db.select().from(innstilling).where(eq(innstilling.roundId, round.id));
    expect(adopted?.state).toBe('vedtatt');
    const reservations = await db.select().from(budgetReservation).where(eq(budgetReservation.sourceRoundId, round.id));
    // The forum's adoption reserved it provisionally; the demo's decided round (src/seed/demo-tilsagn/) bound it.
    expect(reservations.map((r) => [r.year, r.status])).toEqual([[2025, 'bindende']]);
    // Sør-Troms asked 1 121 060 (owner) and 1 676 314 (UiT) for 2025; UiT's share was reduced.
    expect(reservations[0]!.amountKr).toBe(1_121_060 + REDUCED_UH_KR);
    const siri = await demoActor(db, 'saksbehandler');
    const frames = await listBudgetFrames({ db, actor: siri, clock: seededAt, officeId: FORUM_OFFICE });
    const frame2025 = frames.schemes.find((s) => s.schemeId === 'kompetanseloftet')!.frames.find((f) => f.year === 2025);
    // An estimate the reservation rests on: no longer deletable.
    expect(frame2025).toMatchObject({ amountKr: 14_500_000, confirmed: false, deletable: false });
  });

  it('seeding the rounds and the forum again leaves them as they are', async () => {
    const db = database.db;
    const count = async () => ({
      rounds: (await db.select().from(behovsmeldingRound)).length,
      partnerships: (await db.select().from(partnership)).length,
      applications: (await db.select().from(behovsmelding)).length,
      members: (await db.select().from(forumMember)).length,
      meetings: (await db.select().from(forumMeeting)).length,
      recusals: (await db.select().from(forumRecusal)).length,
      scenarios: (await db.select().from(allocationScenario)).length,
      reservations: (await db.select().from(budgetReservation)).length,
    });
    const before = await count();
    await seedDemoBehovsmelding(db, seededAt);
    await seedDemoForum(db, seededAt);
    expect(await count()).toEqual(before);
  });
});
