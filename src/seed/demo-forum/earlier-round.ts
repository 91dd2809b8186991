// The demo's earlier round with an ADOPTED innstilling (issue 13): Troms og Finnmark's Kompetanseløftet 2024, whose
// one submitted application (Sør-Troms og Evenes) the forum weighed at its meeting in January 2024. Played through
// the use cases in the order the year ran, on the real 2024 calendar (fixed clocks): the meeting planned and noticed
// in December, the UiT member proposed as recused (UiT is the application's UH) and the forum confirming it with the
// deputy stepping in, three members' reviews, two allocation scenarios (as asked, and the one chosen: UiT's share
// reduced, Nord-Troms — returned for correction — not prioritised, each with its reason), the item decided by vote
// with a dissent, a topic by consensus, and the innstilling adopted. Adoption reserves the measure's 2025 year
// provisionally against that year's frame, which the secretariat entered as an estimate beforehand.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { allocationLine, behovsmeldingRound, budgetFrame, forumAgendaItem } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { formatKrSuffix } from '../../domain/shared/money.ts';
import { addForumRoundItems } from '../../usecases/forum/add-forum-round-items.ts';
import { addForumTopicItem } from '../../usecases/forum/add-forum-topic-item.ts';
import { adoptInnstilling } from '../../usecases/forum/adopt-innstilling.ts';
import { assessItem } from '../../usecases/forum/assess-item.ts';
import { chooseScenario } from '../../usecases/forum/choose-scenario.ts';
import { createForumMeeting } from '../../usecases/forum/create-forum-meeting.ts';
import { createScenario } from '../../usecases/forum/create-scenario.ts';
import { decideForumRecusal } from '../../usecases/forum/decide-forum-recusal.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { recordDecision } from '../../usecases/forum/record-decision.ts';
import { recordForumAttendance } from '../../usecases/forum/record-forum-attendance.ts';
import { saveMyReview } from '../../usecases/forum/save-my-review.ts';
import { sendForumNotice } from '../../usecases/forum/send-forum-notice.ts';
import { setAllocationLines } from '../../usecases/forum/set-allocation-lines.ts';
import { setApplicationAllocation } from '../../usecases/forum/set-application-allocation.ts';
import { setBudgetFrame } from '../../usecases/forum/set-budget-frame.ts';
import { submitMyReview } from '../../usecases/forum/submit-my-review.ts';
import { FORUM_OFFICE, seatActor, type TDemoForum, type TSeatKey } from './members.ts';

export const EARLIER_ROUND_TITLE = 'Behovsmeldinger 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis';
export const EARLIER_MEETING_TITLE = 'Samarbeidsforum 18. januar 2024 – behovsmeldinger 2024';
/** UiT's share of Sør-Troms per year in the chosen scenario (it asked 1 676 314). */
export const REDUCED_UH_KR = 1_500_000;

const at = (iso: string) => fixedClock(iso);
const PLANNED = at('2023-12-04T09:00:00+01:00');
const NOTICED = at('2023-12-05T09:00:00+01:00');
const REVIEWED = at('2024-01-12T15:00:00+01:00');
const PREPARED = at('2024-01-15T13:00:00+01:00');
const MEETING = at('2024-01-18T11:30:00+01:00');
const ADOPTED = at('2024-01-18T14:30:00+01:00');

/** Each reviewer's scores, criterion by criterion (repeated if the round has more criteria), and what they wrote. */
const REVIEWS: { seat: TSeatKey; scores: number[]; comment: string }[] = [
  {
    seat: 'udf',
    scores: [5, 4, 4, 3, 5, 4, 4],
    comment: 'Godt forankret i ståstedsanalysene, og hele personalet er med. Vi ønsker tydeligere plan for hvordan de ansatte får tid til arbeidet.',
  },
  {
    seat: 'ks',
    scores: [4, 4, 5, 3, 4, 3, 4],
    comment: 'Bred eierforankring i regionen og et godt partnerskap med UiT. Budsjettet for UH-andelen er høyt sammenlignet med tiltakene.',
  },
  {
    seat: 'pbl',
    scores: [4, 3, 4, 3, 4, 2, 3],
    comment: 'De private barnehagene er med som eiere, men bør få en tydeligere rolle i samlingene. UH-andelen bør reduseres.',
  },
];

async function roundId(db: Db): Promise<string> {
  const [round] = await db
    .select()
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet'), eq(behovsmeldingRound.year, 2024)));
  if (!round) throw new Error('demo forum: no Kompetanseløftet 2024 round');
  return round.id;
}

/** The later years' frames the 2024 promises count against, as the 2024 letter estimated them; left as they are
 * where the demo has them already (when its open round is one of these years). */
async function estimateLaterFrames(db: Db, siri: Actor): Promise<void> {
  for (const year of [2025, 2026]) {
    const key = { officeId: FORUM_OFFICE, schemeId: 'kompetanseloftet', year };
    const [exists] = await db
      .select()
      .from(budgetFrame)
      .where(and(eq(budgetFrame.officeId, key.officeId), eq(budgetFrame.schemeId, key.schemeId), eq(budgetFrame.year, year)));
    if (exists) continue;
    await setBudgetFrame({ db, actor: siri, clock: PLANNED, ...key, input: { amountKr: 14_500_000, confirmed: false, source: 'Anslag i tildelingsbrevet 2024' } });
  }
}

export async function seedEarlierRound(db: Db, siri: Actor, forum: TDemoForum): Promise<{ roundId: string; meetingId: string }> {
  const round = await roundId(db);
  await estimateLaterFrames(db, siri);
  const { criteria } = await listCriteria({ db, actor: siri, clock: PLANNED, roundId: round });

  const meeting = await createForumMeeting({
    db,
    actor: siri,
    clock: PLANNED,
    officeId: FORUM_OFFICE,
    input: { title: EARLIER_MEETING_TITLE, startsAtLocal: '2024-01-18T10:00:00', location: 'Statsforvalterens hus, Tromsø, og Teams', roundId: round },
  });
  // The round's submitted applications (Sør-Troms og Evenes); UiT's member is proposed as recused on it.
  await addForumRoundItems({ db, actor: siri, clock: PLANNED, id: meeting.id });
  const topic = await addForumTopicItem({ db, actor: siri, clock: PLANNED, id: meeting.id, input: { title: 'Langsiktig plan for kompetanseutvikling i Troms og Finnmark 2024–2027' } });
  await sendForumNotice({ db, actor: siri, clock: NOTICED, id: meeting.id });
  const items = await db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meeting.id));
  const application = items.find((i) => i.kind === 'application');
  if (!application?.applicationId) throw new Error('demo forum: the 2024 round has no submitted application');

  // The members who may prepare the item review it before the meeting (the UiT member holds back: the proposal
  // keeps her out until the forum decides).
  for (const r of REVIEWS) {
    const actor = await seatActor(db, forum[r.seat].personId);
    const scores = criteria.map((c, i) => ({ criterionId: c.id, score: r.scores[i % r.scores.length]!, comment: null }));
    const saved = await saveMyReview({ db, actor, clock: REVIEWED, itemId: application.id, input: { comment: r.comment, scores, baseVersion: 0 } });
    await submitMyReview({ db, actor, clock: REVIEWED, itemId: application.id, input: { baseVersion: saved.review!.version } });
  }

  // The secretariat prepares: two scenarios, the chosen one with UiT's share reduced and Nord-Troms not prioritised.
  await createScenario({ db, actor: siri, clock: PREPARED, roundId: round, input: { name: 'Som søkt', from: 'asked' } });
  const proposal = await createScenario({ db, actor: siri, clock: PREPARED, roundId: round, input: { name: 'Forslag til innstilling', from: 'asked' } });
  const lines = await db.select().from(allocationLine).where(eq(allocationLine.scenarioId, proposal.scenario.id));
  const changed = lines.map((l) => ({
    applicationId: l.applicationId,
    partKey: l.partKey,
    year: l.year,
    recipient: l.recipient as 'owner' | 'uh',
    orgId: l.recipientOrgId || null,
    amountKr: l.applicationId !== application.applicationId ? 0 : l.recipient === 'uh' ? Math.min(l.amountKr, REDUCED_UH_KR) : l.amountKr,
  }));
  let version = proposal.scenario.version;
  version = (await setAllocationLines({ db, actor: siri, clock: PREPARED, id: proposal.scenario.id, input: { lines: changed, expectedVersion: version } })).scenario.version;
  for (const applicationId of new Set(lines.map((l) => l.applicationId))) {
    const prioritised = applicationId === application.applicationId;
    const input = prioritised
      ? {
          priority: 1,
          reason: `UiT sin andel er satt ned til ${formatKrSuffix(REDUCED_UH_KR)} per år. Forumet mener samlingene og veiledningen kan gjennomføres innenfor dette, og ønsker at mer av arbeidet skjer i barnehagene og skolene.`,
        }
      : { priority: null, reason: 'Behovsmeldingen ble returnert for retting og var ikke klar til behandling i møtet. Forumet tar den opp når den er sendt inn på nytt.' };
    version = (await setApplicationAllocation({ db, actor: siri, clock: PREPARED, id: proposal.scenario.id, applicationId, input: { ...input, expectedVersion: version } })).scenario.version;
  }
  await chooseScenario({ db, actor: siri, clock: PREPARED, id: proposal.scenario.id });
  await assessItem({
    db,
    actor: siri,
    clock: PREPARED,
    itemId: application.id,
    input: {
      assessment:
        'Tiltaket er godt forankret i lokale behov og ståstedsanalyser, er kollektivt og enhetsbasert, og bygger et varig partnerskap med UiT. Samiske perspektiver er ivaretatt gjennom Márkománk sámi mánáidgárdi. Forumet anbefaler tiltaket, med en lavere UH-andel.',
      expectedVersion: application.version,
    },
  });

  // At the meeting: every seat present; the forum confirms the recusal and lets the deputy step in; it votes.
  await recordForumAttendance({
    db,
    actor: siri,
    clock: MEETING,
    id: meeting.id,
    input: { attendance: Object.values(forum).map((s) => ({ memberId: s.memberId, present: true, byDeputy: false })) },
  });
  await decideForumRecusal({ db, actor: siri, clock: MEETING, id: application.id, memberId: forum.uit.memberId, input: { decision: 'confirmed', deputyStepsIn: true } });
  await recordDecision({
    db,
    actor: siri,
    clock: MEETING,
    itemId: application.id,
    input: {
      kind: 'vote',
      text: `Innstilt med UiT sin andel redusert til ${formatKrSuffix(REDUCED_UH_KR)} per år i 2024 og 2025 (2025 foreløpig).`,
      counts: { for: 5, mot: 1, avstår: 0 },
      dissent: 'PBL (Kari Lund): Mer av midlene bør gå til de private barnehagene i regionen, og UH-andelen bør settes lavere enn foreslått.',
    },
  });
  const topicItem = topic.items.find((i) => i.kind === 'topic')!;
  await recordDecision({ db, actor: siri, clock: MEETING, itemId: topicItem.id, input: { kind: 'consensus', text: 'Forumet slutter seg til planen, med de endringene som kom fram i møtet.' } });
  await adoptInnstilling({ db, actor: siri, clock: ADOPTED, roundId: round, input: { meetingId: meeting.id } });
  return { roundId: round, meetingId: meeting.id };
}
