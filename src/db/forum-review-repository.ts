// Reads and writes of the samarbeidsforum's review (issue 13, point 3): a round's criteria, the members' reviews and
// scores of an item, and the forum's assessment on the item. No access decisions here: use cases make them.
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmelding, behovsmeldingRound, forumAgendaItem, forumCriterion, forumMember, forumReview, forumScore, organisation, person } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type CriterionRow = typeof forumCriterion.$inferSelect;
export type ReviewRow = typeof forumReview.$inferSelect;
export type ScoreValues = { criterionId: string; score: number | null; comment: string | null };
export type ReviewWithScores = ReviewRow & { scores: ScoreValues[] };

// ---- Criteria ----------------------------------------------------------------------------------------------------

/** The round's row, locked until the transaction ends: criteria are seeded and renumbered one writer at a time. */
export async function lockRound(tx: DbOrTx, roundId: string) {
  if (!isUuid(roundId)) return undefined;
  const [row] = await tx.select().from(behovsmeldingRound).where(eq(behovsmeldingRound.id, roundId)).for('update');
  return row;
}

export async function listCriteria(db: DbOrTx, roundId: string): Promise<CriterionRow[]> {
  return db.select().from(forumCriterion).where(eq(forumCriterion.roundId, roundId)).orderBy(asc(forumCriterion.position), asc(forumCriterion.title));
}

export async function findCriterion(db: DbOrTx, id: string): Promise<CriterionRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forumCriterion).where(eq(forumCriterion.id, id));
  return row;
}

/** Appends criteria after the round's last one. */
export async function insertCriteria(tx: DbOrTx, roundId: string, texts: readonly { title: string; description: string | null }[]): Promise<CriterionRow[]> {
  if (texts.length === 0) return [];
  const [last] = await tx
    .select({ max: sql<number | null>`max(${forumCriterion.position})` })
    .from(forumCriterion)
    .where(eq(forumCriterion.roundId, roundId));
  const start = (last?.max ?? 0) + 1;
  return tx
    .insert(forumCriterion)
    .values(texts.map((t, i) => ({ roundId, position: start + i, title: t.title, description: t.description })))
    .returning();
}

export async function updateCriterion(tx: DbOrTx, id: string, values: { title: string; description: string | null }): Promise<CriterionRow | undefined> {
  const [row] = await tx.update(forumCriterion).set(values).where(eq(forumCriterion.id, id)).returning();
  return row;
}

/** Numbers the criteria 1, 2, 3 … in the order given. */
export async function setCriteriaOrder(tx: DbOrTx, ids: readonly string[]): Promise<void> {
  for (const [i, id] of ids.entries()) await tx.update(forumCriterion).set({ position: i + 1 }).where(eq(forumCriterion.id, id));
}

/** Deletes the criterion (its empty score rows go with it: the foreign key cascades). */
export async function deleteCriterion(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(forumCriterion).where(eq(forumCriterion.id, id));
}

/** Whether any member has given the criterion a score or written a comment on it (drafts included). */
export async function criterionHasScores(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(forumScore)
    .where(and(eq(forumScore.criterionId, id), or(isNotNull(forumScore.score), isNotNull(forumScore.comment))));
  return (row?.n ?? 0) > 0;
}

// ---- The item's round --------------------------------------------------------------------------------------------

/** The round an application belongs to: its criteria are the ones the item is weighed by. */
export async function findApplicationRound(db: DbOrTx, applicationId: string) {
  const [row] = await db
    .select({ round: behovsmeldingRound })
    .from(behovsmelding)
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, behovsmelding.roundId))
    .where(eq(behovsmelding.id, applicationId));
  return row?.round;
}

// ---- Reviews -----------------------------------------------------------------------------------------------------

async function attachScores(db: DbOrTx, itemId: string, reviews: ReviewRow[]): Promise<ReviewWithScores[]> {
  if (reviews.length === 0) return [];
  const scores = await db
    .select()
    .from(forumScore)
    .where(and(eq(forumScore.itemId, itemId), inArray(forumScore.memberId, reviews.map((r) => r.memberId))));
  return reviews.map((r) => ({
    ...r,
    scores: scores.filter((s) => s.memberId === r.memberId).map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment })),
  }));
}

export async function findReview(db: DbOrTx, itemId: string, memberId: string): Promise<ReviewWithScores | undefined> {
  const rows = await db.select().from(forumReview).where(and(eq(forumReview.itemId, itemId), eq(forumReview.memberId, memberId)));
  return (await attachScores(db, itemId, rows))[0];
}

/** The review row of a seat, locked until the transaction ends (a save and a submit do not cross). */
export async function lockReview(tx: DbOrTx, itemId: string, memberId: string): Promise<ReviewRow | undefined> {
  const [row] = await tx.select().from(forumReview).where(and(eq(forumReview.itemId, itemId), eq(forumReview.memberId, memberId))).for('update');
  return row;
}

/** Every review of the item with its scores. */
export async function listReviews(db: DbOrTx, itemId: string): Promise<ReviewWithScores[]> {
  return attachScores(db, itemId, await db.select().from(forumReview).where(eq(forumReview.itemId, itemId)));
}

/** Creates the seat's review; undefined when one exists already (someone saved in between). */
export async function insertReview(tx: DbOrTx, values: { itemId: string; memberId: string; personId: string; comment: string | null }) {
  const [row] = await tx.insert(forumReview).values(values).onConflictDoNothing().returning();
  return row;
}

/** Rewrites the seat's review (by whom, the comment, back to a draft) if still at `expectedVersion`. */
export async function updateReviewIfUnchanged(
  tx: DbOrTx,
  input: { itemId: string; memberId: string; expectedVersion: number; personId: string; comment: string | null },
): Promise<ReviewRow | undefined> {
  const [row] = await tx
    .update(forumReview)
    .set({ personId: input.personId, comment: input.comment, submittedAt: null, version: sql`${forumReview.version} + 1` })
    .where(and(eq(forumReview.itemId, input.itemId), eq(forumReview.memberId, input.memberId), eq(forumReview.version, input.expectedVersion)))
    .returning();
  return row;
}

export async function replaceScores(tx: DbOrTx, itemId: string, memberId: string, scores: readonly ScoreValues[]): Promise<void> {
  await tx.delete(forumScore).where(and(eq(forumScore.itemId, itemId), eq(forumScore.memberId, memberId)));
  if (scores.length) await tx.insert(forumScore).values(scores.map((s) => ({ itemId, memberId, ...s })));
}

export async function markReviewSubmitted(tx: DbOrTx, input: { itemId: string; memberId: string; expectedVersion: number; at: Date }) {
  const [row] = await tx
    .update(forumReview)
    .set({ submittedAt: input.at, version: sql`${forumReview.version} + 1` })
    .where(and(eq(forumReview.itemId, input.itemId), eq(forumReview.memberId, input.memberId), eq(forumReview.version, input.expectedVersion)))
    .returning();
  return row;
}

/** Who sits in the office's seats and for whom they speak: member, organisation and (when given) the writers. */
export async function seatNames(db: DbOrTx, memberIds: readonly string[], personIds: readonly string[]) {
  const members = memberIds.length
    ? await db
        .select({ id: forumMember.id, personId: forumMember.personId, name: person.name, organisationName: organisation.name })
        .from(forumMember)
        .innerJoin(person, eq(person.id, forumMember.personId))
        .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
        .where(inArray(forumMember.id, [...memberIds]))
    : [];
  const people = personIds.length ? await db.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, [...personIds])) : [];
  return {
    member: new Map(members.map((m) => [m.id, m])),
    person: new Map(people.map((p) => [p.id, p.name])),
  };
}

// ---- The forum's assessment --------------------------------------------------------------------------------------

export async function updateAssessmentIfUnchanged(tx: DbOrTx, input: { itemId: string; expectedVersion: number; assessment: string | null }) {
  const [row] = await tx
    .update(forumAgendaItem)
    .set({ assessment: input.assessment, version: sql`${forumAgendaItem.version} + 1` })
    .where(and(eq(forumAgendaItem.id, input.itemId), eq(forumAgendaItem.version, input.expectedVersion)))
    .returning();
  return row;
}
