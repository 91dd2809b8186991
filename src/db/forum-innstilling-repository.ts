// Reads and writes of the forum's votes, item decisions, the round's innstilling and the provisional reservations
// its adoption makes. No access decisions here: the use cases make them (src/domain/forum/policy.ts).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import {
  allocationApplication,
  allocationLine,
  allocationScenario,
  behovsmelding,
  budgetReservation,
  forumAgendaItem,
  forumAttendance,
  forumMeeting,
  forumMember,
  forumRecusal,
  forumSetting,
  forumVote,
  innstilling,
  office,
  organisation,
  person,
} from './schema/index.ts';
import type { TDecision, TVoteOption } from '../domain/forum/decision.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type ItemRow = typeof forumAgendaItem.$inferSelect;
export type InnstillingRow = typeof innstilling.$inferSelect;

export async function upsertVote(tx: DbOrTx, v: { itemId: string; memberId: string; personId: string; option: TVoteOption; at: Date }) {
  const [before] = await tx.select().from(forumVote).where(and(eq(forumVote.itemId, v.itemId), eq(forumVote.memberId, v.memberId)));
  await tx
    .insert(forumVote)
    .values({ itemId: v.itemId, memberId: v.memberId, personId: v.personId, option: v.option, castAt: v.at })
    .onConflictDoUpdate({ target: [forumVote.itemId, forumVote.memberId], set: { personId: v.personId, option: v.option, castAt: v.at } });
  return before;
}

export async function listVotes(db: DbOrTx, itemId: string) {
  return db.select().from(forumVote).where(eq(forumVote.itemId, itemId));
}

/** Records the decision only while the item is undecided (a concurrent second recording finds nothing to update). */
export async function recordDecision(tx: DbOrTx, itemId: string, d: TDecision, at: Date): Promise<ItemRow | undefined> {
  const [row] = await tx
    .update(forumAgendaItem)
    .set({ decisionKind: d.kind, decisionText: d.text, voteCounts: d.counts, dissent: d.dissent, decidedAt: at, version: sql`${forumAgendaItem.version} + 1` })
    .where(and(eq(forumAgendaItem.id, itemId), isNull(forumAgendaItem.decidedAt)))
    .returning();
  return row;
}

export async function findInnstilling(db: DbOrTx, roundId: string): Promise<InnstillingRow | undefined> {
  const [row] = await db.select().from(innstilling).where(eq(innstilling.roundId, roundId));
  return row;
}

/** Marks the round's innstilling adopted; only from a draft (or none yet), so adopting twice finds nothing. */
export async function adoptInnstillingRow(tx: DbOrTx, v: { roundId: string; scenarioId: string; meetingId: string; at: Date; byName: string }) {
  const values = { state: 'vedtatt', scenarioId: v.scenarioId, meetingId: v.meetingId, adoptedAt: v.at, adoptedByName: v.byName, updatedAt: v.at };
  const [row] = await tx
    .insert(innstilling)
    .values({ roundId: v.roundId, ...values })
    .onConflictDoUpdate({ target: innstilling.roundId, set: { ...values, version: sql`${innstilling.version} + 1` }, setWhere: sql`${innstilling.state} <> 'vedtatt'` })
    .returning();
  return row;
}

export async function findMeeting(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forumMeeting).where(eq(forumMeeting.id, id));
  return row;
}

/** The meeting to print: the adopting one, else the round's latest. */
export async function latestRoundMeeting(db: DbOrTx, roundId: string) {
  const rows = await db.select().from(forumMeeting).where(eq(forumMeeting.roundId, roundId));
  return rows.sort((a, b) => b.startsAtLocal.localeCompare(a.startsAtLocal))[0];
}

export async function listMeetingItems(db: DbOrTx, meetingId: string) {
  return db.select().from(forumAgendaItem).where(eq(forumAgendaItem.meetingId, meetingId)).orderBy(asc(forumAgendaItem.position));
}

/** How many members are present at the meeting (in person or by deputy): the adoption's quorum count. */
export async function presentCount(db: DbOrTx, meetingId: string, memberIds: readonly string[]): Promise<number> {
  if (memberIds.length === 0) return 0;
  const rows = await db
    .select({ memberId: forumAttendance.memberId })
    .from(forumAttendance)
    .where(and(eq(forumAttendance.meetingId, meetingId), eq(forumAttendance.present, true), inArray(forumAttendance.memberId, [...memberIds])));
  return rows.length;
}

/** The office's quorum: how many voting members must be present (1 until the secretariat sets it). */
export async function quorumOf(db: DbOrTx, officeId: string): Promise<number> {
  const [row] = await db.select({ quorum: forumSetting.quorum }).from(forumSetting).where(eq(forumSetting.officeId, officeId));
  return row?.quorum ?? 1;
}

/** The confirmed recusals on the items, with the member's and organisation's names (the minutes print them). */
export async function listConfirmedRecusals(db: DbOrTx, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: forumRecusal.itemId,
      memberName: person.name,
      organisationName: organisation.name,
      reason: forumRecusal.reason,
      deputyStepsIn: forumRecusal.deputyStepsIn,
    })
    .from(forumRecusal)
    .innerJoin(forumMember, eq(forumMember.id, forumRecusal.memberId))
    .innerJoin(person, eq(person.id, forumMember.personId))
    .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
    .where(and(inArray(forumRecusal.itemId, [...itemIds]), eq(forumRecusal.decision, 'confirmed')))
    .orderBy(asc(person.name));
}

export async function findChosenScenario(db: DbOrTx, roundId: string) {
  const [row] = await db.select().from(allocationScenario).where(and(eq(allocationScenario.roundId, roundId), eq(allocationScenario.chosen, true)));
  return row;
}

export async function findScenario(db: DbOrTx, id: string) {
  const [row] = await db.select().from(allocationScenario).where(eq(allocationScenario.id, id));
  return row;
}

export async function listScenarioApplications(db: DbOrTx, scenarioId: string) {
  return db.select().from(allocationApplication).where(eq(allocationApplication.scenarioId, scenarioId));
}

export async function listScenarioLines(db: DbOrTx, scenarioId: string) {
  return db.select().from(allocationLine).where(eq(allocationLine.scenarioId, scenarioId));
}

export async function officeNameOf(db: DbOrTx, officeId: string): Promise<string> {
  const [row] = await db.select({ name: office.name }).from(office).where(eq(office.id, officeId));
  return row?.name ?? officeId;
}

/** `id → previous_id` for every application of the given partnerships: enough to walk a measure's chain. */
export async function previousChains(db: DbOrTx, partnershipIds: readonly string[]): Promise<Map<string, string | null>> {
  if (partnershipIds.length === 0) return new Map();
  const rows = await db.select({ id: behovsmelding.id, previousId: behovsmelding.previousId }).from(behovsmelding).where(inArray(behovsmelding.partnershipId, [...partnershipIds]));
  return new Map(rows.map((r) => [r.id, r.previousId]));
}

export async function listOpenReservations(db: DbOrTx, officeId: string, schemeId: string) {
  return db
    .select()
    .from(budgetReservation)
    .where(and(eq(budgetReservation.officeId, officeId), eq(budgetReservation.schemeId, schemeId), isNull(budgetReservation.consumedByApplicationId)));
}

export async function insertReservations(tx: DbOrTx, rows: (typeof budgetReservation.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(budgetReservation).values(rows).returning();
}

export async function markConsumed(tx: DbOrTx, reservationId: string, applicationId: string) {
  await tx.update(budgetReservation).set({ consumedByApplicationId: applicationId }).where(eq(budgetReservation.id, reservationId));
}

/** The items on any meeting of the round about this application (for the partnership's status). */
export async function itemsForApplication(db: DbOrTx, applicationId: string) {
  return db
    .select({ item: forumAgendaItem, roundId: forumMeeting.roundId })
    .from(forumAgendaItem)
    .innerJoin(forumMeeting, eq(forumMeeting.id, forumAgendaItem.meetingId))
    .where(eq(forumAgendaItem.applicationId, applicationId));
}
