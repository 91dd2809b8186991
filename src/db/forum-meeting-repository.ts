// Reads and writes of the samarbeidsforum's meetings: attendance, agenda items and recusals (issue 13). No access
// decisions here.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import {
  behovsmelding,
  behovsmeldingRound,
  forumAgendaItem,
  forumAttendance,
  forumMeeting,
  forumMember,
  forumRecusal,
  forumReview,
  forumVote,
  organisation,
  partnership,
  partnershipMember,
  person,
} from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type ForumMeetingRow = typeof forumMeeting.$inferSelect;
export type ForumItemRow = typeof forumAgendaItem.$inferSelect;
export type ForumRecusalRow = typeof forumRecusal.$inferSelect;

export async function insertMeeting(tx: DbOrTx, values: { officeId: string; roundId: string | null; title: string; startsAtLocal: string; location: string | null; at: Date }) {
  const { at, ...rest } = values;
  const [row] = await tx.insert(forumMeeting).values({ ...rest, createdAt: at, updatedAt: at }).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findMeeting(db: DbOrTx, id: string): Promise<ForumMeetingRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forumMeeting).where(eq(forumMeeting.id, id));
  return row;
}

/** Saves the meeting if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateMeetingIfUnchanged(
  tx: DbOrTx,
  input: { id: string; expectedVersion: number; values: Partial<Pick<ForumMeetingRow, 'title' | 'startsAtLocal' | 'location' | 'roundId' | 'minutes'>>; at: Date },
) {
  const [row] = await tx
    .update(forumMeeting)
    .set({ ...input.values, version: sql`${forumMeeting.version} + 1`, updatedAt: input.at })
    .where(and(eq(forumMeeting.id, input.id), eq(forumMeeting.version, input.expectedVersion)))
    .returning();
  return row;
}

/** Marks the notice sent, once: undefined when it was already sent. */
export async function markNoticeSent(tx: DbOrTx, input: { id: string; at: Date }) {
  const [row] = await tx
    .update(forumMeeting)
    .set({ noticeSentAt: input.at, version: sql`${forumMeeting.version} + 1`, updatedAt: input.at })
    .where(and(eq(forumMeeting.id, input.id), sql`${forumMeeting.noticeSentAt} is null`))
    .returning();
  return row;
}

/** The office's meetings, newest first, with the round's title and how many items each has. */
export async function listMeetingsOfOffice(db: DbOrTx, officeId: string) {
  return db
    .select({
      meeting: forumMeeting,
      roundTitle: behovsmeldingRound.title,
      itemCount: sql<number>`(select count(*)::int from ${forumAgendaItem} where ${forumAgendaItem.meetingId} = ${forumMeeting.id})`,
    })
    .from(forumMeeting)
    .leftJoin(behovsmeldingRound, eq(behovsmeldingRound.id, forumMeeting.roundId))
    .where(eq(forumMeeting.officeId, officeId))
    .orderBy(sql`${forumMeeting.startsAtLocal} desc`, asc(forumMeeting.id));
}

export async function findRound(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select({ id: behovsmeldingRound.id, officeId: behovsmeldingRound.officeId, title: behovsmeldingRound.title }).from(behovsmeldingRound).where(eq(behovsmeldingRound.id, id));
  return row;
}

export async function listAttendance(db: DbOrTx, meetingId: string) {
  return db.select().from(forumAttendance).where(eq(forumAttendance.meetingId, meetingId));
}

/** Records the attendance of the members given (others stay as they were). */
export async function saveAttendance(tx: DbOrTx, meetingId: string, rows: readonly { memberId: string; present: boolean; byDeputy: boolean }[]) {
  if (!rows.length) return;
  await tx
    .insert(forumAttendance)
    .values(rows.map((r) => ({ meetingId, ...r })))
    .onConflictDoUpdate({ target: [forumAttendance.meetingId, forumAttendance.memberId], set: { present: sql`excluded.present`, byDeputy: sql`excluded.by_deputy` } });
}

export async function listItems(db: DbOrTx, meetingId: string) {
  return db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meetingId)).orderBy(asc(forumAgendaItem.position), asc(forumAgendaItem.id));
}

export async function insertItems(tx: DbOrTx, rows: readonly { meetingId: string; position: number; kind: 'application' | 'topic'; applicationId: string | null; title: string }[]) {
  if (!rows.length) return [];
  return tx.insert(forumAgendaItem).values([...rows]).returning();
}

export async function findItem(db: DbOrTx, id: string): Promise<ForumItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forumAgendaItem).where(eq(forumAgendaItem.id, id));
  return row;
}

export async function deleteItem(tx: DbOrTx, id: string) {
  await tx.delete(forumAgendaItem).where(eq(forumAgendaItem.id, id));
}

/** Whether members have reviewed or voted on the item (then removing it would lose their work). */
export async function itemHasWork(db: DbOrTx, id: string): Promise<boolean> {
  const [review] = await db.select({ n: sql<number>`1` }).from(forumReview).where(eq(forumReview.itemId, id)).limit(1);
  const [vote] = await db.select({ n: sql<number>`1` }).from(forumVote).where(eq(forumVote.itemId, id)).limit(1);
  return review !== undefined || vote !== undefined;
}

export async function setItemPositions(tx: DbOrTx, itemIds: readonly string[]) {
  for (const [i, id] of itemIds.entries()) await tx.update(forumAgendaItem).set({ position: i + 1 }).where(eq(forumAgendaItem.id, id));
}

/** The recusals of the meeting's items, with the member's name and organisation. */
export async function listRecusalsOfMeeting(db: DbOrTx, meetingId: string) {
  return db
    .select({ recusal: forumRecusal, memberName: person.name, organisationName: organisation.name })
    .from(forumRecusal)
    .innerJoin(forumAgendaItem, eq(forumAgendaItem.id, forumRecusal.itemId))
    .innerJoin(forumMember, eq(forumMember.id, forumRecusal.memberId))
    .innerJoin(person, eq(person.id, forumMember.personId))
    .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
    .where(eq(forumAgendaItem.meetingId, meetingId));
}

/** The members (of any item of the meeting) whose review is submitted, per item. */
export async function listSubmittedReviewsOfMeeting(db: DbOrTx, meetingId: string) {
  return db
    .select({ itemId: forumReview.itemId, memberId: forumReview.memberId, personId: forumReview.personId })
    .from(forumReview)
    .innerJoin(forumAgendaItem, eq(forumAgendaItem.id, forumReview.itemId))
    .where(and(eq(forumAgendaItem.meetingId, meetingId), isNotNull(forumReview.submittedAt)));
}

/** Adds proposed recusals; one already there (proposed, declared or decided) is left as it is. */
export async function insertProposedRecusals(tx: DbOrTx, rows: readonly { itemId: string; memberId: string; reason: string }[]) {
  if (!rows.length) return [];
  return tx
    .insert(forumRecusal)
    .values(rows.map((r) => ({ ...r, source: 'proposed', decision: 'pending' })))
    .onConflictDoNothing()
    .returning();
}

export async function findRecusal(db: DbOrTx, itemId: string, memberId: string): Promise<ForumRecusalRow | undefined> {
  if (!isUuid(itemId) || !isUuid(memberId)) return undefined;
  const [row] = await db.select().from(forumRecusal).where(and(eq(forumRecusal.itemId, itemId), eq(forumRecusal.memberId, memberId)));
  return row;
}

/** A member's own declaration: a new pending recusal, or one already there made declared and pending again (the
 * forum decides anew on what the member says). */
export async function saveDeclaredRecusal(tx: DbOrTx, row: { itemId: string; memberId: string; reason: string }) {
  const [saved] = await tx
    .insert(forumRecusal)
    .values({ ...row, source: 'declared', decision: 'pending' })
    .onConflictDoUpdate({
      target: [forumRecusal.itemId, forumRecusal.memberId],
      set: { source: 'declared', reason: row.reason, decision: 'pending', deputyStepsIn: false, decidedAt: null },
    })
    .returning();
  if (!saved) throw new Error('upsert returned no row');
  return saved;
}

export async function decideRecusal(tx: DbOrTx, row: { itemId: string; memberId: string; decision: 'confirmed' | 'rejected'; deputyStepsIn: boolean; at: Date }) {
  const [saved] = await tx
    .update(forumRecusal)
    .set({ decision: row.decision, deputyStepsIn: row.deputyStepsIn, decidedAt: row.at })
    .where(and(eq(forumRecusal.itemId, row.itemId), eq(forumRecusal.memberId, row.memberId)))
    .returning();
  return saved;
}

/** The round's submitted applications with what the agenda and the recusal rule need: the partnership's name, its
 * applicant, payee and owner/UH members. */
export async function listSubmittedApplicationsWithParties(db: DbOrTx, roundId: string) {
  const apps = await db
    .select({ id: behovsmelding.id, partnershipId: partnership.id, partnershipName: partnership.name, applicantId: partnership.applicantId, payeeId: partnership.payeeId })
    .from(behovsmelding)
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(and(eq(behovsmelding.roundId, roundId), eq(behovsmelding.status, 'sendt')))
    .orderBy(asc(partnership.name), asc(behovsmelding.id));
  const ids = [...new Set(apps.map((a) => a.partnershipId))];
  const members = ids.length ? await db.select().from(partnershipMember).where(inArray(partnershipMember.partnershipId, ids)) : [];
  return apps.map((a) => ({ ...a, members: members.filter((m) => m.partnershipId === a.partnershipId) }));
}
