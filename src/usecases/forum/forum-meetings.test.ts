// Forum meetings (issue 13 points 1–2, 5): a meeting weighing a round gets one agenda item per submitted
// application, idempotently, and in the same transaction the system proposes recusals for the members whose
// organisation takes part; a member declares a recusal, the forum decides it (and whether the deputy steps in), and
// the item's facts follow; the notice goes to the members through the outbox; attendance, topics, order, settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { emailOutbox, forumMember, forumRecusal } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { demoActor, DEMO_EMAIL } from '../../test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { auditCount, partnershipByName, personByEmail, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import { submitApplication } from '../behovsmelding/submit-application.ts';
import { addForumRoundItems } from './add-forum-round-items.ts';
import { addForumTopicItem } from './add-forum-topic-item.ts';
import { appointForumMember } from './appoint-forum-member.ts';
import { createForumMeeting } from './create-forum-meeting.ts';
import { decideForumRecusal } from './decide-forum-recusal.ts';
import { declareForumRecusal } from './declare-forum-recusal.ts';
import { getForumMeeting } from './get-forum-meeting.ts';
import { getForumSettings } from './get-forum-settings.ts';
import { listForumMeetings } from './list-forum-meetings.ts';
import { recordForumAttendance } from './record-forum-attendance.ts';
import { removeForumItem } from './remove-forum-item.ts';
import { reorderForumItems } from './reorder-forum-items.ts';
import { sendForumNotice } from './send-forum-notice.ts';
import { updateForumMeeting } from './update-forum-meeting.ts';
import { updateForumSettings } from './update-forum-settings.ts';

const TF = 'troms-og-finnmark';
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
type Items = { items: { id: string; title: string; allowed: string[] }[] };
const itemOf = (meeting: Items, title: string) => meeting.items.find((i) => i.title === title)!;
const YEAR = 2031;
const clock = fixedClock('2031-01-10T09:00:00Z');
let database: TestDatabase;
let staff: Actor;
let roundId: string;
const seat: Record<'ingrid' | 'nils' | 'frode', string> = { ingrid: '', nils: '', frode: '' };

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  staff = await demoActor(db, 'saksbehandler');
  const round = await openRound(db, staff, YEAR);
  roundId = round.id;
  for (const [key, name] of [['koordinator', SOR_TROMS], ['koordinatorNordreisa', NORD_TROMS]] as const) {
    const coordinator = await demoActor(db, key);
    const p = await partnershipByName(db, name);
    const app = await startApplication(db, coordinator, { roundId, partnershipId: p.id, year: YEAR });
    await fillApplication(db, coordinator, app.id, YEAR);
    await submitApplication({ db, actor: coordinator, clock: duringRound(YEAR), id: app.id });
  }
  const appoint = async (email: string, category: string, deputyEmail?: string) =>
    (
      await appointForumMember({
        db,
        actor: staff,
        clock,
        officeId: TF,
        input: { personId: (await personByEmail(db, email)).id, category, deputyPersonId: deputyEmail ? (await personByEmail(db, deputyEmail)).id : null, termFrom: '2030-01-01' },
      })
    ).id;
  seat.ingrid = await appoint(DEMO_EMAIL.uh, 'uh', DEMO_EMAIL.studiesenter);
  seat.nils = await appoint(DEMO_EMAIL.koordinatorNordreisa, 'offentlig-eier');
  // Frode's seat is the demo's (src/seed/demo-forum): a person holds one seat per forum.
  const frode = await personByEmail(db, DEMO_EMAIL.forum);
  const [demoSeat] = await db.select().from(forumMember).where(and(eq(forumMember.personId, frode.id), isNull(forumMember.endedAt)));
  seat.frode = demoSeat!.id;
});
afterAll(() => database.close());

const newMeeting = (title: string, withRound = true) =>
  createForumMeeting({ db: database.db, actor: staff, clock, officeId: TF, input: { title, startsAtLocal: '2031-02-03T10:00', location: 'Tromsø', roundId: withRound ? roundId : null } });

describe('the agenda from the round', () => {
  it('the UiT member is proposed as recused on an application where UiT is the UH, and the Nordreisa member on Nord-Troms', async () => {
    const db = database.db;
    const meeting = await newMeeting('Forumsmøte februar');
    expect(meeting.startsAtLocal).toBe('2031-02-03T10:00:00');
    const audits = await auditCount(db);
    const first = await addForumRoundItems({ db, actor: staff, clock, id: meeting.id });
    expect(first.added).toBe(2);
    expect(await auditCount(db)).toBe(audits + 1);
    const items = first.meeting.items;
    // In the partnerships' alphabetical order.
    expect(items.map((i) => [i.position, i.kind, i.title])).toEqual([
      [1, 'application', NORD_TROMS],
      [2, 'application', SOR_TROMS],
    ]);
    const [nordTroms, sorTroms] = items;
    expect(sorTroms!.recusals).toEqual([
      expect.objectContaining({ memberId: seat.ingrid, source: 'proposed', decision: 'pending', reason: 'UiT Norges arktiske universitet deltar i behovsmeldingen som UH', decidedAt: null }),
    ]);
    // UiT is the UH of Nord-Troms too.
    expect(Object.fromEntries(nordTroms!.recusals.map((r) => [r.memberId, r.reason]))).toEqual({
      [seat.nils]: 'Nordreisa kommune deltar i behovsmeldingen som eier, søker og mottaker av tilskuddet',
      [seat.ingrid]: 'UiT Norges arktiske universitet deltar i behovsmeldingen som UH',
    });
    // A pending proposal already keeps the UiT member out of the UiT application.
    const facts = (await loadItem(db, sorTroms!.id)).facts;
    expect(facts.resource.scorerPersonIds).not.toContain((await personByEmail(db, DEMO_EMAIL.uh)).id);

    const again = await addForumRoundItems({ db, actor: staff, clock, id: meeting.id });
    expect([again.added, again.proposedRecusals, again.meeting.items.length]).toEqual([0, 0, 2]);
  });

  it('a meeting without a round cannot take the round’s applications; another office’s case officer cannot touch the agenda', async () => {
    const db = database.db;
    const meeting = await newMeeting('Temamøte', false);
    expect((await appError(addForumRoundItems({ db, actor: staff, clock, id: meeting.id }))).status).toBe(400);
    const nordland = await demoActor(db, 'saksbehandlerNordland');
    expect((await appError(addForumRoundItems({ db, actor: nordland, clock, id: meeting.id }))).status).toBe(403);
    expect((await appError(getForumMeeting({ db, actor: nordland, id: meeting.id }))).status).toBe(403);
    const other = await appError(createForumMeeting({ db, actor: await demoActor(db, 'saksbehandlerNordland'), clock, officeId: 'nordland', input: { title: 'X', startsAtLocal: '2031-02-03T10:00:00', roundId } }));
    expect(other.fieldErrors.map((f) => f.field)).toEqual(['roundId']);
  });
});

describe('recusals', () => {
  it('a member declares a recusal on any item, is then kept out of it, and the forum’s rejection lets them back in', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte med erklæring')).id })).meeting;
    const item = itemOf(meeting, NORD_TROMS);
    const frode = await demoActor(db, 'forum');
    expect(item.allowed).toContain('decide-recusal');
    const frodeView = await getForumMeeting({ db, actor: frode, id: meeting.id });
    expect(itemOf(frodeView, NORD_TROMS).allowed).toEqual(expect.arrayContaining(['read', 'score', 'declare-recusal']));

    const declared = await declareForumRecusal({ db, actor: frode, clock, id: item.id, input: { reason: 'Jeg sitter i styret i en av barnehagene' } });
    expect(declared).toMatchObject({ memberId: seat.frode, source: 'declared', decision: 'pending', memberName: frode.name, organisationName: 'Utdanningsforbundet Troms' });
    expect((await loadItem(db, item.id)).facts.resource.scorerPersonIds).not.toContain(frode.personId);
    expect(itemOf(await getForumMeeting({ db, actor: frode, id: meeting.id }), NORD_TROMS).allowed).not.toContain('score');

    const rejected = await decideForumRecusal({ db, actor: staff, clock, id: item.id, memberId: seat.frode, input: { decision: 'rejected' } });
    expect(rejected).toMatchObject({ decision: 'rejected', deputyStepsIn: false, decidedAt: '2031-01-10T09:00:00.000Z' });
    expect((await loadItem(db, item.id)).facts.resource.scorerPersonIds).toContain(frode.personId);
  });

  it('the forum confirms the UiT member’s recusal and the deputy steps in for the seat; the minutes can say when', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte med vara')).id })).meeting;
    const item = itemOf(meeting, SOR_TROMS);
    const per = await demoActor(db, 'studiesenter');
    const ingrid = await demoActor(db, 'uh');
    const confirmed = await decideForumRecusal({ db, actor: staff, clock, id: item.id, memberId: seat.ingrid, input: { decision: 'confirmed', deputyStepsIn: true } });
    expect(confirmed).toMatchObject({ decision: 'confirmed', deputyStepsIn: true, decidedAt: '2031-01-10T09:00:00.000Z' });
    const facts = (await loadItem(db, item.id)).facts;
    expect(facts.scoresFor.get(per.personId!)).toBe(seat.ingrid);
    expect(facts.scoresFor.has(ingrid.personId!)).toBe(false);
    const [row] = await db.select().from(forumRecusal).where(eq(forumRecusal.itemId, item.id));
    expect(row!.decidedAt?.toISOString()).toBe('2031-01-10T09:00:00.000Z');
  });

  it('the deputy cannot step in for a rejected recusal nor for a member without a deputy; a forum member cannot decide', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte med avslag')).id })).meeting;
    const nordTroms = itemOf(meeting, NORD_TROMS);
    expect((await appError(decideForumRecusal({ db, actor: staff, clock, id: nordTroms.id, memberId: seat.nils, input: { decision: 'confirmed', deputyStepsIn: true } }))).fieldErrors[0]!.message).toBe(
      'Medlemmet har ikke vara som kan tre inn',
    );
    expect((await appError(decideForumRecusal({ db, actor: staff, clock, id: nordTroms.id, memberId: seat.nils, input: { decision: 'rejected', deputyStepsIn: true } }))).status).toBe(400);
    expect((await appError(decideForumRecusal({ db, actor: await demoActor(db, 'forum'), clock, id: nordTroms.id, memberId: seat.nils, input: { decision: 'rejected' } }))).status).toBe(403);
    expect((await appError(decideForumRecusal({ db, actor: staff, clock, id: nordTroms.id, memberId: seat.frode, input: { decision: 'rejected' } }))).status).toBe(404);
  });

  it('the secretariat and the admin hold no seat and cannot declare a recusal', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte uten sete')).id })).meeting;
    for (const key of ['saksbehandler', 'admin'] as const)
      expect((await appError(declareForumRecusal({ db, actor: await demoActor(db, key), clock, id: itemOf(meeting, SOR_TROMS).id, input: { reason: 'Nei' } }))).status).toBe(403);
  });
});

describe('the meeting', () => {
  it('sending the notice queues one e-mail per serving member with the agenda, once', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Forumsmøte med innkalling')).id })).meeting;
    const before = (await db.select().from(emailOutbox)).length;
    const sent = await sendForumNotice({ db, actor: staff, clock, id: meeting.id, publicUrl: 'https://kompetanseloft.example' });
    expect(sent.noticeSentAt).toBe('2031-01-10T09:00:00.000Z');
    const mails = (await db.select().from(emailOutbox)).slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual([DEMO_EMAIL.forum, DEMO_EMAIL.koordinatorNordreisa, DEMO_EMAIL.uh].sort());
    expect(mails[0]!.subject).toBe('Innkalling: Forumsmøte med innkalling, 03.02.2031 kl. 10:00');
    expect(mails[0]!.text).toContain(`Saksliste:\n1. ${NORD_TROMS}\n2. ${SOR_TROMS}`);
    expect(mails[0]!.text).toContain(`https://kompetanseloft.example/forum/moter/${meeting.id}`);
    expect((await appError(sendForumNotice({ db, actor: staff, clock, id: meeting.id }))).code).toBe('CONFLICT');
  });

  it('attendance records each member present, in person or by the deputy; a deputy the member lacks is refused', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte med oppmøte')).id })).meeting;
    const refused = await appError(recordForumAttendance({ db, actor: staff, clock, id: meeting.id, input: { attendance: [{ memberId: seat.nils, present: true, byDeputy: true }] } }));
    expect(refused.status).toBe(400);
    const after = await recordForumAttendance({
      db,
      actor: staff,
      clock,
      id: meeting.id,
      input: { attendance: [{ memberId: seat.frode, present: true }, { memberId: seat.ingrid, present: false, byDeputy: true }, { memberId: seat.nils, present: false }] },
    });
    const byMember = Object.fromEntries(after.attendance.map((a) => [a.memberId, [a.present, a.byDeputy]]));
    expect(byMember).toEqual({ [seat.frode]: [true, false], [seat.ingrid]: [true, true], [seat.nils]: [false, false] });
    const per = await demoActor(db, 'studiesenter');
    // On a topic (no recusals) the UiT seat is held by its deputy, who is present and may vote; the absent member
    // scores but does not vote.
    const topic = itemOf(await addForumTopicItem({ db, actor: staff, clock, id: meeting.id, input: { title: 'Eventuelt' } }), 'Eventuelt');
    const facts = (await loadItem(db, topic.id)).facts;
    expect(facts.votesFor.get(per.personId!)).toBe(seat.ingrid);
    expect(facts.voters).toBe(2);
    // On the applications the UiT seat is pending recusal, and the deputy does not step in until the forum says so.
    expect((await loadItem(db, itemOf(meeting, NORD_TROMS).id)).facts.votesFor.has(per.personId!)).toBe(false);
  });

  it('topics join the agenda last, the agenda can be reordered and an item removed; the minutes are written', async () => {
    const db = database.db;
    const meeting = (await addForumRoundItems({ db, actor: staff, clock, id: (await newMeeting('Møte med tema')).id })).meeting;
    const withTopic = await addForumTopicItem({ db, actor: staff, clock, id: meeting.id, input: { title: 'Langsiktig plan 2031–2035' } });
    expect(withTopic.items.map((i) => i.kind)).toEqual(['application', 'application', 'topic']);
    const ids = withTopic.items.map((i) => i.id);
    const reordered = await reorderForumItems({ db, actor: staff, clock, id: meeting.id, input: { itemIds: [ids[2], ids[0], ids[1]] } });
    expect(reordered.items.map((i) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect((await appError(reorderForumItems({ db, actor: staff, clock, id: meeting.id, input: { itemIds: [ids[0], ids[1]] } }))).status).toBe(400);
    const removed = await removeForumItem({ db, actor: staff, clock, id: ids[1]! });
    expect(removed.items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    const written = await updateForumMeeting({
      db,
      actor: staff,
      clock,
      id: meeting.id,
      input: { title: 'Møte med tema', startsAtLocal: '2031-02-03T10:00:00', location: 'Teams', roundId, minutes: 'Forumet drøftet planen.', expectedVersion: removed.version },
    });
    expect([written.minutes, written.location]).toEqual(['Forumet drøftet planen.', 'Teams']);
    const roundChanged = await appError(
      updateForumMeeting({ db, actor: staff, clock, id: meeting.id, input: { title: 'Møte med tema', startsAtLocal: '2031-02-03T10:00:00', roundId: null, expectedVersion: written.version } }),
    );
    expect(roundChanged.code).toBe('CONFLICT');
    const { meetings } = await listForumMeetings({ db, actor: await demoActor(db, 'forum'), officeId: TF });
    expect(meetings.find((m) => m.id === meeting.id)).toMatchObject({ itemCount: 2, roundTitle: `Behovsmeldinger ${YEAR}` });
  });

  it('the quorum is 1 until the secretariat sets it, and only the secretariat sets it', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    expect(await getForumSettings({ db, actor: frode, officeId: TF })).toEqual({ settings: { officeId: TF, quorum: 1, version: 0 }, allowed: ['read'] });
    expect((await appError(updateForumSettings({ db, actor: frode, clock, officeId: TF, input: { quorum: 3 } }))).status).toBe(403);
    const first = await updateForumSettings({ db, actor: staff, clock, officeId: TF, input: { quorum: 3 } });
    expect(first.settings).toEqual({ officeId: TF, quorum: 3, version: 1 });
    expect((await appError(updateForumSettings({ db, actor: staff, clock, officeId: TF, input: { quorum: 4, expectedVersion: 7 } }))).code).toBe('CONFLICT');
    expect((await appError(updateForumSettings({ db, actor: staff, clock, officeId: TF, input: { quorum: 0 } }))).status).toBe(400);
  });
});
