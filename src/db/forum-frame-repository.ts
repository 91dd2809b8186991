// Reads and writes of budget frames (office × scheme × year, issue 13) and the facts that keep a frame from being
// deleted. No access decisions here: the use cases make them.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmeldingRound, budgetFrame, budgetReservation, office } from './schema/index.ts';

export type FrameRow = typeof budgetFrame.$inferSelect;
export type FrameKey = { officeId: string; schemeId: string; year: number };

const keyWhere = (k: FrameKey) => and(eq(budgetFrame.officeId, k.officeId), eq(budgetFrame.schemeId, k.schemeId), eq(budgetFrame.year, k.year));

export async function listFrames(db: DbOrTx, officeId: string): Promise<FrameRow[]> {
  return db.select().from(budgetFrame).where(eq(budgetFrame.officeId, officeId)).orderBy(asc(budgetFrame.schemeId), asc(budgetFrame.year));
}

export async function findFrame(db: DbOrTx, key: FrameKey): Promise<FrameRow | undefined> {
  const [row] = await db.select().from(budgetFrame).where(keyWhere(key));
  return row;
}

/** Locks the frame's row for the rest of the transaction (an edit and a delete of the same frame do not cross). */
export async function lockFrame(tx: DbOrTx, key: FrameKey): Promise<FrameRow | undefined> {
  const [row] = await tx.select().from(budgetFrame).where(keyWhere(key)).for('update');
  return row;
}

type FrameValues = { amountKr: number; confirmed: boolean; source: string | null };

/** Enters a frame not yet there; undefined when someone entered it in between (the primary key). */
export async function insertFrame(tx: DbOrTx, key: FrameKey, values: FrameValues, at: Date): Promise<FrameRow | undefined> {
  const [row] = await tx
    .insert(budgetFrame)
    .values({ ...key, ...values, updatedAt: at })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Saves a frame if it is still at `expectedVersion`; undefined when someone saved or deleted it in between. */
export async function updateFrameIfUnchanged(tx: DbOrTx, key: FrameKey, expectedVersion: number, values: FrameValues, at: Date): Promise<FrameRow | undefined> {
  const [row] = await tx
    .update(budgetFrame)
    .set({ ...values, version: sql`${budgetFrame.version} + 1`, updatedAt: at })
    .where(and(keyWhere(key), eq(budgetFrame.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteFrame(tx: DbOrTx, key: FrameKey) {
  await tx.delete(budgetFrame).where(keyWhere(key));
}

/** The office's rounds by scheme and year (a round shows its year's frame). */
export async function listOfficeRounds(db: DbOrTx, officeId: string) {
  return db
    .select({ id: behovsmeldingRound.id, schemeId: behovsmeldingRound.schemeId, year: behovsmeldingRound.year, title: behovsmeldingRound.title })
    .from(behovsmeldingRound)
    .where(eq(behovsmeldingRound.officeId, officeId));
}

/** The reservations (earlier multi-year promises) against each of the office's frames, per status: how many there
 * are (any of them keeps an estimate from being deleted) and the kroner still held (those no later application
 * took over; consumed_by null). */
export async function sumOfficeReservations(db: DbOrTx, officeId: string) {
  return db
    .select({
      schemeId: budgetReservation.schemeId,
      year: budgetReservation.year,
      status: budgetReservation.status,
      n: count(),
      // sum() of a bigint is numeric, which the driver gives as text.
      heldKr: sql`coalesce(sum(${budgetReservation.amountKr}) filter (where ${budgetReservation.consumedByApplicationId} is null), 0)`.mapWith(Number),
    })
    .from(budgetReservation)
    .where(eq(budgetReservation.officeId, officeId))
    .groupBy(budgetReservation.schemeId, budgetReservation.year, budgetReservation.status);
}

export async function findOffice(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: office.id, name: office.name }).from(office).where(eq(office.id, id));
  return row;
}
