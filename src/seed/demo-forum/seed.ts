// Seeds the demo's samarbeidsforum (issue 13, "Must show": demo data) through the use cases, after the rounds and
// applications it works on: the Troms og Finnmark forum's members (members.ts), the 2024 round with its innstilling
// adopted (earlier-round.ts) and the Dekomp round closed before the seed day, awaiting the forum (current-round.ts),
// so a newcomer sees both states.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appUser, forumMeeting } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import { osloWallClock } from '../../domain/behovsmelding/round-deadline.ts';
import { fixedClock, type Clock } from '../../domain/shared/clock.ts';
import { seedCurrentRound } from './current-round.ts';
import { EARLIER_MEETING_TITLE, seedEarlierRound } from './earlier-round.ts';
import { appointDemoForum } from './members.ts';

/** The members were appointed before the 2024 round closed. */
const APPOINTED = fixedClock('2023-10-02T09:00:00+02:00');

/** `clock`: the day the demo is seeded, on which the current round's meeting is planned and noticed. */
export async function seedDemoForum(db: Db, clock: Clock): Promise<void> {
  // Once: a second seed on a database that has the forum already leaves it as it is.
  const [existing] = await db.select({ id: forumMeeting.id }).from(forumMeeting).where(eq(forumMeeting.title, EARLIER_MEETING_TITLE));
  if (existing) return;
  const [user] = await db.select().from(appUser).where(eq(appUser.email, 'siri.saksbehandler@example.org'));
  const siri = user ? await loadActor(db, user.id) : null;
  if (!siri) throw new Error('demo forum: no case officer');
  // The fictional members' term: to the end of the year after the seed day, on the Oslo calendar.
  const forum = await appointDemoForum(db, siri, APPOINTED, `${osloWallClock(clock.now()).year + 1}-12-31`);
  await seedEarlierRound(db, siri, forum);
  await seedCurrentRound(db, siri, forum, clock);
}
