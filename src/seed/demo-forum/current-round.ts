// The demo's current round awaiting the forum (issue 13): Troms og Finnmark's open Kompetanseløftet round (its dates
// counted from the seed day, demo-dates.ts). Its criteria seeded from the defaults, a meeting two weeks after the
// round's deadline — a forum weighs a round once it has closed — with the notice sent the seed day, the round's
// submitted applications added to the agenda (the demo submits none in the open round, so there may be none: the
// demo's applications are what they are) and a topic on the year's frame and the promises already made.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { addForumRoundItems } from '../../usecases/forum/add-forum-round-items.ts';
import { addForumTopicItem } from '../../usecases/forum/add-forum-topic-item.ts';
import { createForumMeeting } from '../../usecases/forum/create-forum-meeting.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { sendForumNotice } from '../../usecases/forum/send-forum-notice.ts';
import { FORUM_OFFICE } from './members.ts';

/** Days from the round's deadline to the forum's meeting on it. */
export const MEETING_DAYS_AFTER_DEADLINE = 14;

/** The local date `days` after a local `YYYY-MM-DD…` text's date, at `time` (calendar arithmetic, no offset). */
export function localDayPlus(local: string, days: number, time: string): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)}T${time}`;
}

/** The office's latest Kompetanseløftet round: the open one the demo seeds (years after 2024). */
async function currentRound(db: Db) {
  const [round] = await db
    .select()
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet')))
    .orderBy(desc(behovsmeldingRound.year))
    .limit(1);
  if (!round || round.year <= 2024) throw new Error('demo forum: no open Kompetanseløftet round');
  return round;
}

export async function seedCurrentRound(db: Db, siri: Actor, clock: Clock): Promise<{ roundId: string; meetingId: string }> {
  const round = await currentRound(db);
  await listCriteria({ db, actor: siri, clock, roundId: round.id });
  const meeting = await createForumMeeting({
    db,
    actor: siri,
    clock,
    officeId: FORUM_OFFICE,
    input: {
      title: `Samarbeidsforum – behovsmeldinger ${round.year}`,
      startsAtLocal: localDayPlus(round.deadlineLocal, MEETING_DAYS_AFTER_DEADLINE, '10:00:00'),
      location: 'Statsforvalterens hus, Vadsø, og Teams',
      roundId: round.id,
    },
  });
  await addForumRoundItems({ db, actor: siri, clock, id: meeting.id });
  await addForumTopicItem({ db, actor: siri, clock, id: meeting.id, input: { title: `Rammen for ${round.year} og foreløpige reservasjoner fra tidligere innstillinger` } });
  await sendForumNotice({ db, actor: siri, clock, id: meeting.id });
  return { roundId: round.id, meetingId: meeting.id };
}
