// The demo shows the samarbeidsforum in both states (issue 13, "Must show": demo data): the current round awaiting
// the forum (members, criteria, a meeting with its agenda and notice) and an earlier round with its innstilling
// adopted, whose later year stands provisionally reserved against that year's frame. Seeded years ahead, as
// demo-dates.test.ts does, so the dates counted from the seed day are proven to follow it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  behovsmeldingRound,
  budgetReservation,
  emailOutbox,
  forumAgendaItem,
  forumMeeting,
  forumMember,
  forumRecusal,
  forumReview,
  innstilling,
} from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createEmptyDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getForumMeeting } from '../../usecases/forum/get-forum-meeting.ts';
import { listBudgetFrames } from '../../usecases/forum/list-budget-frames.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { listForumMeetings } from '../../usecases/forum/list-forum-meetings.ts';
import { listForumMembers } from '../../usecases/forum/list-forum-members.ts';
import { prepareDatabase } from '../prepare-database.ts';
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

const roundOf = async (year: number) =>
  (
    await database.db
      .select()
      .from(behovsmeldingRound)
      .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet'), eq(behovsmeldingRound.year, year)))
  )[0]!;

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

  it('the current round awaits the forum: criteria, and a meeting after its deadline with its agenda and notice sent the seed day', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    const round = await roundOf(2031);
    expect((await listCriteria({ db, actor: frode, clock: seededAt, roundId: round.id })).criteria.length).toBeGreaterThan(0);
    const [meeting] = await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, round.id));
    // The round closes 24 April 2031 (45 days after the seed day); the forum meets two weeks later.
    expect(meeting).toMatchObject({ startsAtLocal: '2031-05-08T10:00:00', noticeSentAt: seededAt.now() });
    const detail = await getForumMeeting({ db, actor: frode, id: meeting!.id });
    expect(detail.items.length).toBeGreaterThan(0);
    expect(detail.attendance).toHaveLength(6);
    const { meetings } = await listForumMeetings({ db, actor: frode, officeId: FORUM_OFFICE });
    expect(meetings.map((m) => m.id)).toContain(meeting!.id);
    // The notice went to every member serving on the meeting day.
    const notices = await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'frode.forum@example.org'));
    expect(notices.length).toBeGreaterThanOrEqual(2);
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

  it('the earlier round’s innstilling is adopted, and its 2025 year stands provisionally reserved against 2025’s frame', async () => {
    const db = database.db;
    const round = await roundOf(2024);
    const [adopted] = await db.select().from(innstilling).where(eq(innstilling.roundId, round.id));
    expect(adopted?.state).toBe('vedtatt');
    const reservations = await db.select().from(budgetReservation).where(eq(budgetReservation.sourceRoundId, round.id));
    expect(reservations.map((r) => [r.year, r.status])).toEqual([[2025, 'foreløpig']]);
    // Sør-Troms asked 1 121 060 (owner) and 1 676 314 (UiT) for 2025; UiT's share was reduced.
    expect(reservations[0]!.amountKr).toBe(1_121_060 + REDUCED_UH_KR);
    const siri = await demoActor(db, 'saksbehandler');
    const frames = await listBudgetFrames({ db, actor: siri, clock: seededAt, officeId: FORUM_OFFICE });
    const frame2025 = frames.schemes.find((s) => s.schemeId === 'kompetanseloftet')!.frames.find((f) => f.year === 2025);
    // An estimate the reservation rests on: no longer deletable.
    expect(frame2025).toMatchObject({ amountKr: 14_500_000, confirmed: false, deletable: false });
  });

  it('seeding the forum again leaves it as it is', async () => {
    const db = database.db;
    const count = async () => ({
      members: (await db.select().from(forumMember)).length,
      meetings: (await db.select().from(forumMeeting)).length,
      reservations: (await db.select().from(budgetReservation)).length,
    });
    const before = await count();
    await seedDemoForum(db, seededAt);
    expect(await count()).toEqual(before);
  });
});
