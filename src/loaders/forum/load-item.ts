// Loads an agenda item with its meeting and the facts the forum policy asks (src/domain/forum/item-facts.ts):
// the office's members serving on the meeting day, the item's recusals, the meeting's attendance, the submitted
// reviews and the quorum. "Not found" is answered the same way everywhere.
import type { DbOrTx } from '../../db/client.ts';
import {
  findItemWithMeeting,
  listCurrentMembers,
  listItemRecusals,
  listMeetingAttendance,
  listSubmittedReviewWriters,
  quorumOf,
} from '../../db/forum-item-repository.ts';
import { itemFacts, type TItemFacts, type TRecusalDecision } from '../../domain/forum/item-facts.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

type ItemWithMeeting = NonNullable<Awaited<ReturnType<typeof findItemWithMeeting>>>;
export type LoadedItem = ItemWithMeeting & { facts: TItemFacts };

/** The members of an office serving on a (local) day `YYYY-MM-DD`: their term covers it and they have not ended. */
export async function membersServingOn(db: DbOrTx, officeId: string, day: string) {
  const rows = await listCurrentMembers(db, officeId);
  return rows.filter((m) => m.termFrom <= day && (m.termTo === null || day <= m.termTo));
}

/** The item and its meeting, without the facts: for a use case that asks only the meeting's rules. */
export async function loadItemWithMeeting(db: DbOrTx, itemId: string): Promise<ItemWithMeeting> {
  const row = isUuid(itemId) ? await findItemWithMeeting(db, itemId) : undefined;
  if (!row) throw AppError.notFound(msg('forum.itemNotFound'));
  return row;
}

export async function loadItem(db: DbOrTx, itemId: string): Promise<LoadedItem> {
  const { item, meeting } = await loadItemWithMeeting(db, itemId);
  const members = await membersServingOn(db, meeting.officeId, meeting.startsAtLocal.slice(0, 10));
  const recusals = await listItemRecusals(db, item.id);
  const attendance = await listMeetingAttendance(db, meeting.id);
  const submitted = await listSubmittedReviewWriters(db, item.id);
  const quorum = await quorumOf(db, meeting.officeId);
  const facts = itemFacts({
    officeId: meeting.officeId,
    members,
    recusals: recusals.map((r) => ({ memberId: r.memberId, decision: r.decision as TRecusalDecision, deputyStepsIn: r.deputyStepsIn })),
    attendance,
    submittedReviews: submitted,
    quorum,
  });
  return { item, meeting, facts };
}
