// Reads and writes of unused money (unused_funds, issue 15 point 2) and the facts its rules need: the tilsagn it
// belongs to, what was decided and paid for a year and recipient, next year's payment line and its payable rest.
// No access decisions here.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmelding, behovsmeldingRound, organisation, paymentBatch, paymentBatchItem, paymentLine, unusedFunds, vedtak, vedtakLine } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type UnusedFundsRow = typeof unusedFunds.$inferSelect;
export type UnusedKey = { vedtakId: string; year: number; recipient: string; recipientOrgId: string };

/** The tilsagn with what the unused money needs of it: its office, round, county and partnership. */
export async function findVedtakContext(db: DbOrTx, vedtakId: string) {
  if (!isUuid(vedtakId)) return undefined;
  const [row] = await db
    .select({ vedtak, officeId: behovsmeldingRound.officeId, countyNumber: behovsmelding.countyNumber, partnershipId: behovsmelding.partnershipId })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .where(eq(vedtak.id, vedtakId));
  return row;
}

/** Locks the tilsagn: registrations and decisions on its money take their turn. */
export async function lockVedtak(tx: DbOrTx, vedtakId: string) {
  await tx.select({ id: vedtak.id }).from(vedtak).where(eq(vedtak.id, vedtakId)).for('update');
}

/** The decided amount of one tilsagn year and recipient (the vedtak's line), or undefined when it has none. */
export async function findDecidedLine(db: DbOrTx, k: UnusedKey) {
  const [row] = await db
    .select({ amountKr: vedtakLine.amountKr, recipientName: organisation.name })
    .from(vedtakLine)
    .innerJoin(organisation, eq(organisation.id, vedtakLine.recipientOrgId))
    .where(and(eq(vedtakLine.vedtakId, k.vedtakId), eq(vedtakLine.year, k.year), eq(vedtakLine.recipient, k.recipient), eq(vedtakLine.recipientOrgId, k.recipientOrgId)));
  return row;
}

const lineKey = (k: UnusedKey) =>
  and(eq(paymentLine.vedtakId, k.vedtakId), eq(paymentLine.year, k.year), eq(paymentLine.recipient, k.recipient), eq(paymentLine.recipientOrgId, k.recipientOrgId));

/** What reached the recipient for a tilsagn year: the items of batches the finance system has paid. */
export async function paidKr(db: DbOrTx, k: UnusedKey): Promise<number> {
  const [row] = await db
    .select({ kr: sql<string | null>`sum(${paymentBatchItem.amountKr})` })
    .from(paymentBatchItem)
    .innerJoin(paymentLine, eq(paymentLine.id, paymentBatchItem.lineId))
    .innerJoin(paymentBatch, eq(paymentBatch.id, paymentBatchItem.batchId))
    .where(and(lineKey(k), eq(paymentBatch.state, 'betalt')));
  return Number(row?.kr ?? 0);
}

/** What is registered as unused for a tilsagn year and recipient already (every state: each is money accounted for). */
export async function registeredKr(db: DbOrTx, k: UnusedKey): Promise<number> {
  const [row] = await db
    .select({ kr: sql<string | null>`sum(${unusedFunds.amountKr})` })
    .from(unusedFunds)
    .where(and(eq(unusedFunds.vedtakId, k.vedtakId), eq(unusedFunds.year, k.year), eq(unusedFunds.recipient, k.recipient), eq(unusedFunds.recipientOrgId, k.recipientOrgId)));
  return Number(row?.kr ?? 0);
}

/** The payment line an offset reduces, locked: the offset and a batch must not both take its last kroner. */
export async function lockPaymentLine(tx: DbOrTx, k: UnusedKey) {
  const [row] = await tx.select().from(paymentLine).where(lineKey(k)).for('update');
  return row;
}

/** What batches (in any state) already hold of a line: that part is on its way to the account. */
export async function lineInBatchesKr(db: DbOrTx, lineId: string): Promise<number> {
  const [row] = await db.select({ kr: sql<string | null>`sum(${paymentBatchItem.amountKr})` }).from(paymentBatchItem).where(eq(paymentBatchItem.lineId, lineId));
  return Number(row?.kr ?? 0);
}

export async function raiseLineOffset(tx: DbOrTx, { lineId, amountKr, at }: { lineId: string; amountKr: number; at: Date }) {
  const [row] = await tx
    .update(paymentLine)
    .set({ offsetKr: sql`${paymentLine.offsetKr} + ${amountKr}`, version: sql`${paymentLine.version} + 1`, updatedAt: at })
    .where(eq(paymentLine.id, lineId))
    .returning();
  if (!row) throw new Error('payment line vanished under its lock');
  return row;
}

export async function insertUnusedFunds(tx: DbOrTx, values: typeof unusedFunds.$inferInsert): Promise<UnusedFundsRow> {
  const [row] = await tx.insert(unusedFunds).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findUnusedFunds(db: DbOrTx, id: string, lock?: 'update'): Promise<UnusedFundsRow | undefined> {
  if (!isUuid(id)) return undefined;
  const q = db.select().from(unusedFunds).where(eq(unusedFunds.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function listUnusedFundsOfVedtak(db: DbOrTx, vedtakIds: string[]): Promise<UnusedFundsRow[]> {
  if (vedtakIds.length === 0) return [];
  return db.select().from(unusedFunds).where(inArray(unusedFunds.vedtakId, vedtakIds));
}

type UnusedChanges = Partial<Omit<typeof unusedFunds.$inferInsert, 'id' | 'version' | 'updatedAt'>>;

/** Saves changes if the row is still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateUnusedFundsIfUnchanged(tx: DbOrTx, { id, expectedVersion, at, changes }: { id: string; expectedVersion: number; at: Date; changes: UnusedChanges }) {
  const [row] = await tx
    .update(unusedFunds)
    .set({ ...changes, version: sql`${unusedFunds.version} + 1`, updatedAt: at })
    .where(and(eq(unusedFunds.id, id), eq(unusedFunds.version, expectedVersion)))
    .returning();
  return row;
}

/** The rendered claim's files (the render job; no version bump: the decision's content does not change). Only the
 * first store counts: false when the files were stored already (a retry), so the e-mail is queued once. */
export async function storeClaimFiles(db: DbOrTx, { id, pdfKey, docxKey }: { id: string; pdfKey: string; docxKey: string }): Promise<boolean> {
  const rows = await db
    .update(unusedFunds)
    .set({ claimPdfKey: pdfKey, claimDocxKey: docxKey })
    .where(and(eq(unusedFunds.id, id), isNull(unusedFunds.claimPdfKey)))
    .returning({ id: unusedFunds.id });
  return rows.length > 0;
}
