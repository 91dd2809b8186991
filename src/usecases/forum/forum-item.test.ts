// One agenda item by id, and the tally of the votes cast on it (issue 13), on a real database. The item answers as
// its meeting, to whoever may read the meeting; an unknown item is 404 and another office's case officer is refused
// as for the meeting. The tally counts the votes of the members present and not recused, and only the secretariat
// (and the admin, who reads everything) gets it: no member, and never a recused one.
//
// Rows are written straight into the tables (src/test/forum-innstilling-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { forumMember, forumVote } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { insertApplication, insertItem, insertMeeting, insertMember, insertRecusal, insertRound } from '../../test/forum-innstilling-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { castVote } from './cast-vote.ts';
import { getForumItem } from './get-forum-item.ts';
import { getForumMeeting } from './get-forum-meeting.ts';
import { getItemVotes } from './get-item-votes.ts';
import { recordDecision } from './record-decision.ts';

const YEAR = 2073;
const clock = fixedClock('2073-02-10T12:00:00+01:00');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const actors = {
    siri: await demoActor(db, 'saksbehandler'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
    frode: await demoActor(db, 'forum'),
    ingrid: await demoActor(db, 'uh'),
    per: await demoActor(db, 'studiesenter'),
    liv: await demoActor(db, 'leser'),
    admin: await demoActor(db, 'admin'),
    ola: await demoActor(db, 'koordinator'),
  };
  const round = await insertRound(db, YEAR);
  const app = await insertApplication(db, { roundId: round.id, partnershipId: (await partnershipByName(db, SOR_TROMS)).id, year: YEAR, ownerKr: 100_000, uhKr: 50_000 });
  // Frode serves in the demo forum already (with the forum role the demo gives him); the others get seats here.
  const [frodeSeat] = await db.select().from(forumMember).where(and(eq(forumMember.personId, actors.frode.personId!), isNull(forumMember.endedAt)));
  if (!frodeSeat) throw new Error('no demo forum seat for Frode');
  const ingridSeat = await insertMember(db, 'ingrid.uh@example.org');
  const perSeat = await insertMember(db, 'per.studiesenter@example.org');
  const meeting = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-02-10T10:00:00`, present: [frodeSeat.id, ingridSeat.id, perSeat.id], quorum: 2 });
  const item = await insertItem(db, { meetingId: meeting.id, position: 1, applicationId: app.id, title: SOR_TROMS });
  // Frode (who holds the forum role, so he reads the meeting) voted before the forum confirmed his recusal: his vote
  // stays stored but no longer counts. Ingrid and Per vote (their seats are written directly, without the role).
  await db.insert(forumVote).values({ itemId: item.id, memberId: frodeSeat.id, personId: frodeSeat.personId, option: 'mot' });
  await insertRecusal(db, { itemId: item.id, memberId: frodeSeat.id, reason: 'Utdanningsforbundet er part i saken' });
  return { db, ...actors, meeting, item };
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

const item = (actor: Actor, id = fx.item.id) => getForumItem({ db: fx.db, actor, id });
const votes = (actor: Actor, itemId = fx.item.id) => getItemVotes({ db: fx.db, actor, itemId });

describe('one item by id', () => {
  it('answers the item’s meeting, the same as the meeting’s own answer, to each reader', async () => {
    for (const actor of [fx.siri, fx.frode, fx.liv, fx.admin]) {
      const { meeting } = await item(actor);
      expect(meeting).toEqual(await getForumMeeting({ db: fx.db, actor, id: fx.meeting.id }));
      expect(meeting.items.map((i) => i.id)).toContain(fx.item.id);
    }
  });

  it('says what this actor may do on the item: the recused member may not score or vote', async () => {
    const allowedOf = async (actor: Actor) => (await item(actor)).meeting.items.find((i) => i.id === fx.item.id)!.allowed;
    const recused = await allowedOf(fx.frode);
    expect(recused).toContain('declare-recusal');
    expect(recused).not.toContain('score');
    expect(recused).not.toContain('vote');
    expect(await allowedOf(fx.siri)).toContain('record-decision');
  });

  it('an unknown item is 404, whether a well-formed id or not', async () => {
    expect((await caught(item(fx.siri, UNKNOWN))).status).toBe(404);
    expect((await caught(item(fx.siri, 'ikke-en-sak'))).status).toBe(404);
  });

  it('another office’s case officer and a partnership are refused, as for the meeting (403)', async () => {
    for (const actor of [fx.nora, fx.ola]) {
      expect((await caught(item(actor))).status).toBe(403);
      expect((await caught(getForumMeeting({ db: fx.db, actor, id: fx.meeting.id }))).status).toBe(403);
    }
  });
});

describe('the tally of the votes cast on an item', () => {
  it('counts the votes of the members present and not recused, for the secretariat', async () => {
    expect(await votes(fx.siri)).toEqual({ itemId: fx.item.id, counts: { for: 0, mot: 0, avstår: 0 }, cast: 0, voters: 2 });
    await castVote({ db: fx.db, actor: fx.ingrid, clock, itemId: fx.item.id, input: { option: 'for' } });
    await castVote({ db: fx.db, actor: fx.per, clock, itemId: fx.item.id, input: { option: 'avstår' } });
    // Frode's earlier 'mot' is left out: he is recused.
    expect(await votes(fx.siri)).toEqual({ itemId: fx.item.id, counts: { for: 1, mot: 0, avstår: 1 }, cast: 2, voters: 2 });
    expect((await votes(fx.admin)).cast).toBe(2);
  });

  it('a recused member gets no tally (403), and neither does any other member or a reader', async () => {
    for (const actor of [fx.frode, fx.ingrid, fx.per, fx.liv, fx.ola]) expect((await caught(votes(actor))).status).toBe(403);
  });

  it('another office’s case officer is refused (403); an unknown item is 404', async () => {
    expect((await caught(votes(fx.nora))).status).toBe(403);
    expect((await caught(votes(fx.siri, UNKNOWN))).status).toBe(404);
  });

  it('what the recording counts is what the tally showed', async () => {
    const tally = await votes(fx.siri);
    const decision = await recordDecision({ db: fx.db, actor: fx.siri, clock, itemId: fx.item.id, input: { kind: 'vote' } });
    expect(decision.counts).toEqual(tally.counts);
  });
});
