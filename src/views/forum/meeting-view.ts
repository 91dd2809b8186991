// A forum meeting as the API shows it (src/domain/forum/members-contract.ts): the meeting, the members serving on its
// day with their attendance, the agenda with each item's recusals, and the verbs this actor has on the meeting and on
// each item (from the item's facts, src/domain/forum/item-facts.ts), and the office's decisions that deviated from
// the innstilling since the previous meeting (src/loaders/forum/meeting-deviations.ts).
import type { DbOrTx } from '../../db/client.ts';
import { findSetting, listMembersOfOffice } from '../../db/forum-member-repository.ts';
import { findRound, listAttendance, listItems, listRecusalsOfMeeting, listSubmittedReviewsOfMeeting, type ForumMeetingRow } from '../../db/forum-meeting-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { itemFacts, type TRecusalDecision } from '../../domain/forum/item-facts.ts';
import type { TForumCategory } from '../../domain/forum/member.ts';
import type { ForumRecusal, MeetingDetail } from '../../domain/forum/members-contract.ts';
import type { ForumRecusalRow } from '../../db/forum-meeting-repository.ts';
import { loadMeetingDeviations } from '../../loaders/forum/meeting-deviations.ts';

export function recusalOut(r: ForumRecusalRow, memberName: string, organisationName: string): ForumRecusal {
  return {
    itemId: r.itemId,
    memberId: r.memberId,
    memberName,
    organisationName,
    source: r.source as ForumRecusal['source'],
    reason: r.reason,
    decision: r.decision as ForumRecusal['decision'],
    deputyStepsIn: r.deputyStepsIn,
    decidedAt: r.decidedAt?.toISOString() ?? null,
  };
}

export async function meetingDetail(db: DbOrTx, actor: Actor, meeting: ForumMeetingRow): Promise<MeetingDetail> {
  const day = meeting.startsAtLocal.slice(0, 10);
  const [members, attendance, items, recusals, submitted, setting, round] = await Promise.all([
    listMembersOfOffice(db, meeting.officeId),
    listAttendance(db, meeting.id),
    listItems(db, meeting.id),
    listRecusalsOfMeeting(db, meeting.id),
    listSubmittedReviewsOfMeeting(db, meeting.id),
    findSetting(db, meeting.officeId),
    meeting.roundId ? findRound(db, meeting.roundId) : Promise.resolve(undefined),
  ]);
  // The forum's next meeting sees the decisions that deviated from its innstilling (issue 14, point 1). Part of every
  // meeting answer, so a page that replaces its copy with a change's answer keeps them.
  const deviations = await loadMeetingDeviations(db, meeting);
  // The same rule as the item loader (src/loaders/forum/load-item.ts): not ended, and the term covers the day.
  const serving = members.filter(({ member: m }) => m.endedAt === null && m.termFrom <= day && (m.termTo === null || day <= m.termTo));
  const attendanceOf = new Map(attendance.map((a) => [a.memberId, a]));
  return {
    id: meeting.id,
    officeId: meeting.officeId,
    roundId: meeting.roundId,
    roundTitle: round?.title ?? null,
    title: meeting.title,
    startsAtLocal: meeting.startsAtLocal,
    location: meeting.location,
    noticeSentAt: meeting.noticeSentAt?.toISOString() ?? null,
    itemCount: items.length,
    version: meeting.version,
    minutes: meeting.minutes,
    allowed: allowedVerbs(actor, { type: 'forum', officeId: meeting.officeId }),
    attendance: serving.map(({ member: m, personName, organisationName, deputyName }) => ({
      memberId: m.id,
      personName,
      organisationName,
      category: m.category as TForumCategory,
      deputyName,
      present: attendanceOf.get(m.id)?.present ?? null,
      byDeputy: attendanceOf.get(m.id)?.byDeputy ?? false,
    })),
    items: items.map((item) => {
      const itemRecusals = recusals.filter((r) => r.recusal.itemId === item.id);
      const facts = itemFacts({
        officeId: meeting.officeId,
        members: serving.map(({ member: m }) => m),
        recusals: itemRecusals.map(({ recusal: r }) => ({ memberId: r.memberId, decision: r.decision as TRecusalDecision, deputyStepsIn: r.deputyStepsIn })),
        attendance,
        submittedReviews: submitted.filter((s) => s.itemId === item.id),
        quorum: setting?.quorum ?? 1,
      });
      return {
        id: item.id,
        position: item.position,
        kind: item.kind as 'application' | 'topic',
        applicationId: item.applicationId,
        title: item.title,
        decidedAt: item.decidedAt?.toISOString() ?? null,
        allowed: allowedVerbs(actor, facts.resource),
        recusals: itemRecusals.map(({ recusal, memberName, organisationName }) => recusalOut(recusal, memberName, organisationName)),
      };
    }),
    deviations,
  };
}
