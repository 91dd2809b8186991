// Reads and writes of a round's decisions and their approval lists (vedtak_batch, vedtak, vedtak_line) and the
// reservations approving them binds (budget_reservation). No access decisions here: the use cases make them
// (src/domain/tilsagn/policy.ts), with the facts read here (who prepared a list's decisions).
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { auditLog, behovsmelding, behovsmeldingRound, budgetReservation, innstilling, organisation, partnership, partnershipMember, vedtak, vedtakBatch, vedtakLine } from './schema/index.ts';
import type { TVedtakLine } from '../domain/tilsagn/vedtak.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type BatchRow = typeof vedtakBatch.$inferSelect;
export type VedtakRow = typeof vedtak.$inferSelect;
export type LineView = TVedtakLine & { recipientName: string };

export async function findBatch(db: DbOrTx, id: string): Promise<BatchRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(vedtakBatch).where(eq(vedtakBatch.id, id));
  return row;
}

export async function listRoundBatches(db: DbOrTx, roundId: string): Promise<BatchRow[]> {
  // The round's own list first, then amendments as they came.
  return db
    .select()
    .from(vedtakBatch)
    .where(eq(vedtakBatch.roundId, roundId))
    .orderBy(sql`${vedtakBatch.kind} <> 'vedtak'`, asc(vedtakBatch.createdAt), asc(vedtakBatch.id));
}

/** The round's first list (kind 'vedtak'), if prepared. */
export async function findRoundVedtakBatch(db: DbOrTx, roundId: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(vedtakBatch)
    .where(and(eq(vedtakBatch.roundId, roundId), eq(vedtakBatch.kind, 'vedtak')));
  return row;
}

export async function insertBatch(
  tx: DbOrTx,
  v: { roundId: string; officeId: string; kind: 'vedtak' | 'endringsvedtak'; reportDueLocal?: string | null; at: Date },
): Promise<BatchRow> {
  const [row] = await tx
    .insert(vedtakBatch)
    .values({ roundId: v.roundId, officeId: v.officeId, kind: v.kind, reportDueLocal: v.reportDueLocal ?? null, createdAt: v.at, updatedAt: v.at })
    .returning();
  return row!;
}

/** Moves a list on from `fromState` (and the version the caller saw, when given); undefined when it moved meanwhile. */
export async function updateBatchIfUnchanged(
  tx: DbOrTx,
  v: { id: string; fromState: string; expectedVersion?: number | undefined; set: Partial<typeof vedtakBatch.$inferInsert>; at: Date },
): Promise<BatchRow | undefined> {
  const [row] = await tx
    .update(vedtakBatch)
    .set({ ...v.set, version: sql`${vedtakBatch.version} + 1`, updatedAt: v.at })
    .where(
      and(eq(vedtakBatch.id, v.id), eq(vedtakBatch.state, v.fromState), v.expectedVersion === undefined ? undefined : eq(vedtakBatch.version, v.expectedVersion)),
    )
    .returning();
  return row;
}

/** Marks the list changed (one of its decisions was), so an approver's view of it goes stale. */
export async function touchBatch(tx: DbOrTx, id: string, at: Date) {
  await tx
    .update(vedtakBatch)
    .set({ version: sql`${vedtakBatch.version} + 1`, updatedAt: at })
    .where(eq(vedtakBatch.id, id));
}

export async function insertVedtak(tx: DbOrTx, v: typeof vedtak.$inferInsert, lines: readonly TVedtakLine[]): Promise<VedtakRow> {
  const [row] = await tx.insert(vedtak).values(v).returning();
  await insertLines(tx, row!.id, lines);
  return row!;
}

async function insertLines(tx: DbOrTx, vedtakId: string, lines: readonly TVedtakLine[]) {
  if (lines.length > 0) await tx.insert(vedtakLine).values(lines.map((l) => ({ vedtakId, ...l })));
}

export async function findVedtak(db: DbOrTx, id: string): Promise<VedtakRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(vedtak).where(eq(vedtak.id, id));
  return row;
}

/** Saves a decision's fields and lines if it is still at the version the caller saw; undefined when it was not. */
export async function updateVedtakIfUnchanged(
  tx: DbOrTx,
  v: { id: string; expectedVersion: number; set: Partial<typeof vedtak.$inferInsert>; lines: readonly TVedtakLine[]; at: Date },
): Promise<VedtakRow | undefined> {
  const [row] = await tx
    .update(vedtak)
    .set({ ...v.set, version: sql`${vedtak.version} + 1`, updatedAt: v.at })
    .where(and(eq(vedtak.id, v.id), eq(vedtak.version, v.expectedVersion)))
    .returning();
  if (!row) return undefined;
  await tx.delete(vedtakLine).where(eq(vedtakLine.vedtakId, v.id));
  await insertLines(tx, v.id, v.lines);
  return row;
}

export async function setSuperseded(tx: DbOrTx, id: string, byId: string, at: Date) {
  await tx
    .update(vedtak)
    .set({ supersededById: byId, version: sql`${vedtak.version} + 1`, updatedAt: at })
    .where(eq(vedtak.id, id));
}

export async function listLines(db: DbOrTx, vedtakIds: readonly string[]): Promise<(LineView & { vedtakId: string })[]> {
  if (vedtakIds.length === 0) return [];
  const rows = await db
    .select({ line: vedtakLine, recipientName: organisation.name })
    .from(vedtakLine)
    .innerJoin(organisation, eq(organisation.id, vedtakLine.recipientOrgId))
    .where(inArray(vedtakLine.vedtakId, [...vedtakIds]))
    .orderBy(asc(vedtakLine.year), asc(vedtakLine.recipient), asc(organisation.name));
  return rows.map(({ line, recipientName }) => ({
    vedtakId: line.vedtakId,
    year: line.year,
    recipient: line.recipient === 'uh' ? 'uh' : 'owner',
    recipientOrgId: line.recipientOrgId,
    amountKr: line.amountKr,
    conditional: line.conditional,
    recipientName,
  }));
}

/** The decisions of these lists with their application's partnership, in the partnership's alphabetical order. */
export async function listBatchVedtak(db: DbOrTx, batchIds: readonly string[]) {
  if (batchIds.length === 0) return [];
  return db
    .select({ vedtak, partnershipId: partnership.id, partnershipName: partnership.name })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(inArray(vedtak.batchId, [...batchIds]))
    .orderBy(asc(partnership.name), asc(vedtak.createdAt));
}

/**
 * Who had a hand in the list's decisions: who prepared each, and who changed any since (their audit rows), or set the
 * report deadline its letters state (the list's audit rows that carry it) — the users the policy keeps from approving
 * it. Read from the audit log too, since a decision keeps one preparer.
 */
export async function batchPreparerUserIds(db: DbOrTx, batchId: string): Promise<string[]> {
  const prepared = await db
    .selectDistinct({ userId: vedtak.preparedByUserId })
    .from(vedtak)
    .where(and(eq(vedtak.batchId, batchId), isNotNull(vedtak.preparedByUserId)));
  const changed = await db
    .selectDistinct({ userId: auditLog.actorUserId })
    .from(auditLog)
    .innerJoin(vedtak, sql`${auditLog.entityId} = ${vedtak.id}::text`)
    .where(and(eq(vedtak.batchId, batchId), eq(auditLog.entityType, 'vedtak'), isNotNull(auditLog.actorUserId)));
  const terms = await db
    .selectDistinct({ userId: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'vedtak-batch'), eq(auditLog.entityId, batchId), sql`${auditLog.after} ? 'reportDueLocal'`, isNotNull(auditLog.actorUserId)));
  return [...new Set([...prepared, ...changed, ...terms].map((r) => r.userId!))];
}

/** Holds the round's innstilling row until the transaction ends, so two preparations of one round queue up. */
export async function lockInnstilling(tx: DbOrTx, roundId: string) {
  await tx.select({ roundId: innstilling.roundId }).from(innstilling).where(eq(innstilling.roundId, roundId)).for('update');
}

/** Each partnership's payee organisation (who receives the owner side's money). */
export async function payeesOf(db: DbOrTx, partnershipIds: readonly string[]): Promise<Map<string, string>> {
  if (partnershipIds.length === 0) return new Map();
  const rows = await db.select({ id: partnership.id, payeeId: partnership.payeeId }).from(partnership).where(inArray(partnership.id, [...partnershipIds]));
  return new Map(rows.map((r) => [r.id, r.payeeId]));
}

/** Each partnership's UH members (who may receive the UH side's money). */
export async function partnershipUhMembers(db: DbOrTx, partnershipIds: readonly string[]): Promise<Map<string, string[]>> {
  if (partnershipIds.length === 0) return new Map();
  const rows = await db
    .select({ partnershipId: partnershipMember.partnershipId, organisationId: partnershipMember.organisationId })
    .from(partnershipMember)
    .where(and(inArray(partnershipMember.partnershipId, [...partnershipIds]), eq(partnershipMember.role, 'uh')));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.partnershipId, [...(out.get(r.partnershipId) ?? []), r.organisationId]);
  return out;
}

/** An amendment of this decision whose list is not issued yet. */
export async function findOpenAmendment(db: DbOrTx, vedtakId: string) {
  const [row] = await db
    .select({ id: vedtak.id })
    .from(vedtak)
    .innerJoin(vedtakBatch, eq(vedtakBatch.id, vedtak.batchId))
    .where(and(eq(vedtak.amendsId, vedtakId), ne(vedtakBatch.state, 'utstedt')));
  return row;
}

export async function listApplicationReservations(db: DbOrTx, applicationId: string) {
  return db.select().from(budgetReservation).where(eq(budgetReservation.sourceApplicationId, applicationId)).orderBy(asc(budgetReservation.year));
}

export async function insertReservation(tx: DbOrTx, v: typeof budgetReservation.$inferInsert) {
  const [row] = await tx.insert(budgetReservation).values(v).returning();
  return row!;
}

export async function bindReservation(tx: DbOrTx, id: string, amountKr: number) {
  await tx.update(budgetReservation).set({ amountKr, status: 'bindende' }).where(eq(budgetReservation.id, id));
}

export async function deleteReservation(tx: DbOrTx, id: string) {
  await tx.delete(budgetReservation).where(eq(budgetReservation.id, id));
}

/** The office's rounds whose innstilling the forum adopted, newest first. */
export async function listAdoptedRounds(db: DbOrTx, officeId: string) {
  return db
    .select({ id: behovsmeldingRound.id, title: behovsmeldingRound.title, year: behovsmeldingRound.year, adoptedAt: innstilling.adoptedAt })
    .from(behovsmeldingRound)
    .innerJoin(innstilling, eq(innstilling.roundId, behovsmeldingRound.id))
    .where(and(eq(behovsmeldingRound.officeId, officeId), eq(innstilling.state, 'vedtatt')))
    .orderBy(sql`${behovsmeldingRound.year} desc`, asc(behovsmeldingRound.title));
}

/** Per round: its decisions' list states and kinds, current ones only (not replaced). */
export async function roundDecisionStates(db: DbOrTx, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select({ roundId: vedtak.roundId, kind: vedtak.kind, batchState: vedtakBatch.state, acceptedAt: vedtak.acceptedAt })
    .from(vedtak)
    .innerJoin(vedtakBatch, eq(vedtakBatch.id, vedtak.batchId))
    .where(and(inArray(vedtak.roundId, [...roundIds]), isNull(vedtak.supersededById)));
}
