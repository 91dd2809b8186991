// The demo's current round awaiting the forum (issue 13): Troms og Finnmark's Dekomp round that closed days before
// the seed day with three submitted applications (demo-behovsmelding/closed-round.ts). Its criteria seeded from the
// defaults, a meeting two weeks after the round's deadline — a forum weighs a round once it has closed — with the
// notice sent the seed day, the round's applications on the agenda (adding them proposes the recusals: UiT's member
// on all three, UiT being their UH, and Troms fylkeskommune's on its own), a topic on the year's frame, and one
// recusal already decided: the forum has confirmed UiT's member out of the Sør-Troms item with the deputy stepping
// in, so a newcomer sees both a proposed and a confirmed recusal. The secretariat has started a scenario "as asked",
// so the allocation screen shows the round over its frame and Troms fylkeskommune's co-funding short. Nothing is
// reviewed, voted or adopted: that is the forum's to do.
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound, forumAgendaItem } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { addForumRoundItems } from '../../usecases/forum/add-forum-round-items.ts';
import { addForumTopicItem } from '../../usecases/forum/add-forum-topic-item.ts';
import { createForumMeeting } from '../../usecases/forum/create-forum-meeting.ts';
import { createScenario } from '../../usecases/forum/create-scenario.ts';
import { decideForumRecusal } from '../../usecases/forum/decide-forum-recusal.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { sendForumNotice } from '../../usecases/forum/send-forum-notice.ts';
import { FORUM_OFFICE, type TDemoForum } from './members.ts';

/** Days from the round's deadline to the forum's meeting on it. */
export const MEETING_DAYS_AFTER_DEADLINE = 14;

/** The local date `days` after a local `YYYY-MM-DD…` text's date, at `time` (calendar arithmetic, no offset). */
export function localDayPlus(local: string, days: number, time: string): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)}T${time}`;
}

/** The application item whose UiT recusal the forum has confirmed already. */
export const CONFIRMED_RECUSAL_ITEM = 'Dekomp Sør-Troms';
/** The scenario the secretariat has started. */
export const AS_ASKED_SCENARIO = 'Som søkt';

/** The office's Dekomp round after 2024: the one closed before the seed day. */
async function currentRound(db: Db) {
  const [round] = await db
    .select()
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'dekomp'), gt(behovsmeldingRound.year, 2024)))
    .orderBy(desc(behovsmeldingRound.year))
    .limit(1);
  if (!round) throw new Error('demo forum: no closed Dekomp round');
  return round;
}

export async function seedCurrentRound(db: Db, siri: Actor, forum: TDemoForum, clock: Clock): Promise<{ roundId: string; meetingId: string }> {
  const round = await currentRound(db);
  await listCriteria({ db, actor: siri, clock, roundId: round.id });
  const meeting = await createForumMeeting({
    db,
    actor: siri,
    clock,
    officeId: FORUM_OFFICE,
    input: {
      title: `Samarbeidsforum – behovsmeldinger Dekomp ${round.year}`,
      startsAtLocal: localDayPlus(round.deadlineLocal, MEETING_DAYS_AFTER_DEADLINE, '10:00:00'),
      location: 'Statsforvalterens hus, Vadsø, og Teams',
      roundId: round.id,
    },
  });
  await addForumRoundItems({ db, actor: siri, clock, id: meeting.id });
  await addForumTopicItem({ db, actor: siri, clock, id: meeting.id, input: { title: `Rammen for ${round.year} og foreløpige reservasjoner fra tidligere innstillinger` } });
  await sendForumNotice({ db, actor: siri, clock, id: meeting.id });
  const [item] = await db
    .select()
    .from(forumAgendaItem)
    .where(and(eq(forumAgendaItem.meetingId, meeting.id), eq(forumAgendaItem.title, CONFIRMED_RECUSAL_ITEM)));
  if (!item) throw new Error(`demo forum: ${CONFIRMED_RECUSAL_ITEM} is not on the agenda`);
  // UiT's deputy is from Samisk høgskole, which takes no part in the Sør-Troms application: she can step in.
  await decideForumRecusal({ db, actor: siri, clock, id: item.id, memberId: forum.uit.memberId, input: { decision: 'confirmed', deputyStepsIn: true } });
  await createScenario({ db, actor: siri, clock, roundId: round.id, input: { name: AS_ASKED_SCENARIO, from: 'asked' } });
  return { roundId: round.id, meetingId: meeting.id };
}
