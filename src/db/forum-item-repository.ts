// An agenda item with its meeting, and the rows its policy facts are made of (src/loaders/forum/load-item.ts).
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { forumAgendaItem, forumAttendance, forumMeeting, forumMember, forumRecusal, forumReview, forumSetting } from './schema/index.ts';

export async function findItemWithMeeting(db: DbOrTx, itemId: string) {
  const [row] = await db.select().from(forumAgendaItem).innerJoin(forumMeeting, eq(forumMeeting.id, forumAgendaItem.meetingId)).where(eq(forumAgendaItem.id, itemId));
  return row ? { item: row.forum_agenda_item, meeting: row.forum_meeting } : undefined;
}

/** The members of an office who have not ended (their terms are the caller's to check against a day). */
export const listCurrentMembers = (db: DbOrTx, officeId: string) =>
  db.select().from(forumMember).where(and(eq(forumMember.officeId, officeId), isNull(forumMember.endedAt)));

export const listItemRecusals = (db: DbOrTx, itemId: string) => db.select().from(forumRecusal).where(eq(forumRecusal.itemId, itemId));

export const listMeetingAttendance = (db: DbOrTx, meetingId: string) => db.select().from(forumAttendance).where(eq(forumAttendance.meetingId, meetingId));

export const listSubmittedReviewWriters = (db: DbOrTx, itemId: string) =>
  db
    .select({ memberId: forumReview.memberId, personId: forumReview.personId })
    .from(forumReview)
    .where(and(eq(forumReview.itemId, itemId), isNotNull(forumReview.submittedAt)));

/** The office's quorum: how many voting seats must be present (1 until the office sets it). */
export async function quorumOf(db: DbOrTx, officeId: string): Promise<number> {
  const [setting] = await db.select({ quorum: forumSetting.quorum }).from(forumSetting).where(eq(forumSetting.officeId, officeId));
  return setting?.quorum ?? 1;
}
