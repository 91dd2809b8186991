// Samarbeidsforum data for the access matrix (issue 13): the 'forum' actor (Frode, Utdanningsforbundet Troms, who
// holds the `forum` role at Troms og Finnmark) becomes a serving member of the own office's forum, present at a
// meeting that weighs a round with one submitted application (own office); the other office gets the same meeting
// and item without him. Rows are written directly (not through the appoint use case), so the fixture does not add a
// second `forum` role grant or audit rows the matrix would have to account for.
//
// Made once per database, on first use; every call answers the same ids. Cells that change an item's facts (a
// declared recusal, a vote) take a fresh item from `matrixForumItem`, so the kept item stays as described here.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appUser, forumAgendaItem, forumAttendance, forumMeeting, forumMember, person } from '../../db/schema/index.ts';
import { DEMO_EMAIL } from '../../test/actors.ts';
import { matrixSubmitted } from './behovsmelding-fixtures.ts';
import type { Fixtures } from './fixtures.ts';
import type { Tenancy } from './matrix.ts';

type Pair = Record<Tenancy, string>;

export type ForumFixtures = {
  /** The 'forum' actor's membership of the own office's forum. */
  memberId: string;
  /** The 'forum' actor's person. */
  personId: string;
  /** A round (open, with one submitted application) per office, and that application. */
  roundId: Pair;
  applicationId: Pair;
  /** A meeting weighing that round per office; at the own office the 'forum' actor is recorded present. */
  meetingId: Pair;
  /** The application's agenda item on that meeting. */
  itemId: Pair;
  /** A person of the UH of each tenancy (UiT, Nord) who is none of the matrix's actors and has no user: the one the
   * member cells appoint, so no actor gains the `forum` role or a seat by another row's cell. */
  outsiderPersonId: Pair;
};

/** Far enough ahead of any demo date; the member's term starts long before it. */
const MEETING_AT = '2031-01-15T10:00:00';
const TERM_FROM = '2000-01-01';

const made = new WeakMap<Db, Promise<ForumFixtures>>();
const resolved = new WeakMap<Db, ForumFixtures>();

export function forumFixtures(db: Db, fx: Fixtures): Promise<ForumFixtures> {
  if (!made.has(db))
    made.set(
      db,
      make(db, fx).then((f) => {
        resolved.set(db, f);
        return f;
      }),
    );
  return made.get(db)!;
}

/** The fixture once made (a cell's `request` awaited `forumFixtures`), for a `payload` check, which is synchronous. */
export function madeForumFixtures(db: Db): ForumFixtures {
  const f = resolved.get(db);
  if (!f) throw new Error('forum fixtures not made yet: await forumFixtures in the cell’s request');
  return f;
}

async function make(db: Db, fx: Fixtures): Promise<ForumFixtures> {
  const [row] = await db.select({ personId: appUser.personId }).from(appUser).where(eq(appUser.email, DEMO_EMAIL.forum));
  if (!row) throw new Error('fixture: no demo forum user');
  const [p] = await db.select().from(person).where(eq(person.id, row.personId));
  const ownOffice = fx.office.own;
  const [existing] = await db
    .select()
    .from(forumMember)
    .where(and(eq(forumMember.officeId, ownOffice), eq(forumMember.personId, p!.id), isNull(forumMember.endedAt)));
  const member =
    existing ??
    (
      await db
        .insert(forumMember)
        .values({ officeId: ownOffice, personId: p!.id, organisationId: p!.organisationId, category: 'arbeidstakerorganisasjon', termFrom: TERM_FROM })
        .returning()
    )[0]!;

  const outsiderPersonId = {} as Pair;
  for (const tenancy of ['own', 'other'] as const) {
    const [outsider] = await db
      .insert(person)
      .values({ name: `Matrisemedlem ${tenancy}`, email: `matrisemedlem.${tenancy}@example.org`, organisationId: fx.org('uh', tenancy) })
      .returning();
    outsiderPersonId[tenancy] = outsider!.id;
  }
  const roundId = {} as Pair;
  const applicationId = {} as Pair;
  const meetingId = {} as Pair;
  const itemId = {} as Pair;
  for (const tenancy of ['own', 'other'] as const) {
    const { round, app } = await matrixSubmitted(db, fx.partnership('forum', tenancy));
    const [meeting] = await db
      .insert(forumMeeting)
      .values({ officeId: fx.office[tenancy], roundId: round.id, title: `Forumsmøte (matrise, ${tenancy})`, startsAtLocal: MEETING_AT, location: 'Tromsø' })
      .returning();
    const [item] = await db
      .insert(forumAgendaItem)
      .values({ meetingId: meeting!.id, position: 1, kind: 'application', applicationId: app.id, title: `Søknad (matrise, ${tenancy})` })
      .returning();
    if (tenancy === 'own') await db.insert(forumAttendance).values({ meetingId: meeting!.id, memberId: member.id, present: true });
    roundId[tenancy] = round.id;
    applicationId[tenancy] = app.id;
    meetingId[tenancy] = meeting!.id;
    itemId[tenancy] = item!.id;
  }
  return { memberId: member.id, personId: p!.id, roundId, applicationId, meetingId, itemId, outsiderPersonId };
}

/** A fresh application item on the kept meeting of the tenancy (same application), for a cell that changes the
 * item's facts or removes it. */
export async function matrixForumItem(db: Db, fx: Fixtures, tenancy: Tenancy): Promise<string> {
  const f = await forumFixtures(db, fx);
  const [item] = await db
    .insert(forumAgendaItem)
    .values({ meetingId: f.meetingId[tenancy], position: 100, kind: 'application', applicationId: f.applicationId[tenancy], title: `Søknad (matrise, ekstra)` })
    .returning();
  return item!.id;
}
