// The payment plan's lines (issue 15 point 1, ADR 027): a round's lines with their recipients, decisions and what is
// paid or in batches; making them (once per decision, year and recipient); approving them with the account the
// register holds then; and moving the unpaid ones to a confirmed new account, with the batches that hold them. No
// access decisions here: the use cases make them (src/domain/utbetaling/policy.ts).
import { and, asc, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmelding, organisation, partnership, paymentBatch, paymentBatchItem, paymentLine, recipientProfile, unusedFunds, vedtak } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type PaymentLineRow = typeof paymentLine.$inferSelect;
export type PaymentLineView = PaymentLineRow & {
  recipientName: string;
  recipientOrgnr: string | null;
  /** The register's account now (the approved one may differ while a change waits). */
  registerKontonr: string | null;
  documentNumber: string | null;
  supersededById: string | null;
  partnershipId: string;
  partnershipName: string;
  /** Kroner in batches marked paid, and in batches not (yet) paid. */
  paidKr: number;
  inBatchesKr: number;
};

/** Batches whose file is written: an account change no longer reaches them. */
export const EXPORTED_BATCH_STATES = ['eksportert', 'betalt'] as const;

/** Per line: kroner in paid batches and in the others. */
export async function lineSums(db: DbOrTx, lineIds: readonly string[]): Promise<Map<string, { paidKr: number; inBatchesKr: number }>> {
  const out = new Map<string, { paidKr: number; inBatchesKr: number }>();
  if (lineIds.length === 0) return out;
  const rows = await db
    .select({
      lineId: paymentBatchItem.lineId,
      paidKr: sql<string>`coalesce(sum(${paymentBatchItem.amountKr}) filter (where ${paymentBatch.state} = 'betalt'), 0)`,
      inBatchesKr: sql<string>`coalesce(sum(${paymentBatchItem.amountKr}) filter (where ${paymentBatch.state} <> 'betalt'), 0)`,
    })
    .from(paymentBatchItem)
    .innerJoin(paymentBatch, eq(paymentBatch.id, paymentBatchItem.batchId))
    .where(inArray(paymentBatchItem.lineId, [...lineIds]))
    .groupBy(paymentBatchItem.lineId);
  for (const r of rows) out.set(r.lineId, { paidKr: Number(r.paidKr), inBatchesKr: Number(r.inBatchesKr) });
  return out;
}

async function withDetails(db: DbOrTx, where: ReturnType<typeof eq>): Promise<PaymentLineView[]> {
  const rows = await db
    .select({
      line: paymentLine,
      recipientName: organisation.name,
      recipientOrgnr: organisation.orgnr,
      registerKontonr: organisation.kontonr,
      documentNumber: vedtak.documentNumber,
      supersededById: vedtak.supersededById,
      partnershipId: partnership.id,
      partnershipName: partnership.name,
    })
    .from(paymentLine)
    .innerJoin(organisation, eq(organisation.id, paymentLine.recipientOrgId))
    .innerJoin(vedtak, eq(vedtak.id, paymentLine.vedtakId))
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(where)
    // Recipient by name, the owner side before the UH, year by year.
    .orderBy(asc(organisation.name), asc(paymentLine.year), sql`${paymentLine.recipient} = 'uh'`, asc(partnership.name));
  const sums = await lineSums(
    db,
    rows.map((r) => r.line.id),
  );
  return rows.map(({ line, ...rest }) => ({ ...line, ...rest, ...(sums.get(line.id) ?? { paidKr: 0, inBatchesKr: 0 }) }));
}

/** A round's plan lines with recipients, decisions and sums. */
export async function listRoundLines(db: DbOrTx, roundId: string): Promise<PaymentLineView[]> {
  if (!isUuid(roundId)) return [];
  return withDetails(db, eq(paymentLine.roundId, roundId));
}

/** A partnership's plan lines (every round) with recipients, decisions and sums. */
export async function listPartnershipLines(db: DbOrTx, partnershipId: string): Promise<PaymentLineView[]> {
  if (!isUuid(partnershipId)) return [];
  return withDetails(db, eq(partnership.id, partnershipId));
}

/** Makes the lines not made yet (the key is decision × year × recipient); answers the ones it made. */
export async function insertMissingLines(tx: DbOrTx, values: (typeof paymentLine.$inferInsert)[]): Promise<PaymentLineRow[]> {
  if (values.length === 0) return [];
  return tx.insert(paymentLine).values(values).onConflictDoNothing().returning();
}

/** Approves a line with the account taken now: the version moves on, so a page showing the old state is stale. */
export async function approveLine(
  tx: DbOrTx,
  input: { id: string; kontonr: string | null; kontonrDiffers: boolean; applicationKontonr: string | null; at: Date; userId: string | null; name: string },
): Promise<PaymentLineRow | undefined> {
  const [row] = await tx
    .update(paymentLine)
    .set({
      kontonr: input.kontonr,
      kontonrDiffers: input.kontonrDiffers,
      applicationKontonr: input.applicationKontonr,
      approvedAt: input.at,
      approvedByUserId: input.userId,
      approvedByName: input.name,
      version: sql`${paymentLine.version} + 1`,
      updatedAt: input.at,
    })
    .where(eq(paymentLine.id, input.id))
    .returning();
  return row;
}

/** Whether any plan line pays this organisation (an account change then matters to money). */
export async function hasPaymentLines(db: DbOrTx, organisationId: string): Promise<boolean> {
  const [row] = await db.select({ id: paymentLine.id }).from(paymentLine).where(eq(paymentLine.recipientOrgId, organisationId)).limit(1);
  return row !== undefined;
}

/** The approved lines of an organisation that are not paid in full: a confirmed account change moves these. */
export async function unpaidApprovedLinesOf(tx: DbOrTx, organisationId: string): Promise<PaymentLineRow[]> {
  const rows = await tx
    .select()
    .from(paymentLine)
    .where(and(eq(paymentLine.recipientOrgId, organisationId), isNotNull(paymentLine.approvedAt), eq(paymentLine.kind, 'utbetaling')))
    .for('update');
  const sums = await lineSums(
    tx,
    rows.map((r) => r.id),
  );
  return rows.filter((r) => (sums.get(r.id)?.paidKr ?? 0) < r.amountKr - r.offsetKr);
}

export async function setLineKontonr(tx: DbOrTx, input: { id: string; kontonr: string | null; kontonrDiffers: boolean; at: Date }) {
  const [row] = await tx
    .update(paymentLine)
    .set({ kontonr: input.kontonr, kontonrDiffers: input.kontonrDiffers, version: sql`${paymentLine.version} + 1`, updatedAt: input.at })
    .where(eq(paymentLine.id, input.id))
    .returning();
  return row;
}

/** The batches not yet exported that hold any of these lines, with their state (locked: their items change). */
export async function openBatchesHolding(tx: DbOrTx, lineIds: readonly string[]) {
  if (lineIds.length === 0) return [];
  const ids = tx
    .select({ id: paymentBatchItem.batchId })
    .from(paymentBatchItem)
    .where(inArray(paymentBatchItem.lineId, [...lineIds]));
  return tx
    .select()
    .from(paymentBatch)
    .where(and(inArray(paymentBatch.id, ids), notInArray(paymentBatch.state, [...EXPORTED_BATCH_STATES])))
    .orderBy(asc(paymentBatch.createdAt))
    .for('update');
}

/** The items of these batches for these lines take the account. */
export async function setItemsKontonr(tx: DbOrTx, input: { batchIds: readonly string[]; lineIds: readonly string[]; kontonr: string | null }) {
  if (input.batchIds.length === 0 || input.lineIds.length === 0) return;
  await tx
    .update(paymentBatchItem)
    .set({ kontonr: input.kontonr })
    .where(and(inArray(paymentBatchItem.batchId, [...input.batchIds]), inArray(paymentBatchItem.lineId, [...input.lineIds])));
}

/** A batch that needs a new approval goes back to 'utkast' with the reason; its approval is void. */
export async function sendBatchBackToDraft(tx: DbOrTx, input: { id: string; message: string; at: Date }) {
  const [row] = await tx
    .update(paymentBatch)
    .set({ state: 'utkast', returnMessage: input.message, approvedAt: null, approvedByUserId: null, approvedByName: null, version: sql`${paymentBatch.version} + 1`, updatedAt: input.at })
    .where(eq(paymentBatch.id, input.id))
    .returning();
  return row;
}

/** Payments made to a partnership: items of exported or paid batches, with the batch's state and paid date. */
export async function listPartnershipPayments(db: DbOrTx, partnershipId: string) {
  if (!isUuid(partnershipId)) return [];
  return db
    .select({
      batchId: paymentBatch.id,
      state: paymentBatch.state,
      exportedAt: paymentBatch.exportedAt,
      paidOnLocal: paymentBatch.paidOnLocal,
      lineId: paymentLine.id,
      year: paymentLine.year,
      recipient: paymentLine.recipient,
      recipientOrgId: paymentLine.recipientOrgId,
      recipientName: organisation.name,
      amountKr: paymentBatchItem.amountKr,
      kontonr: paymentBatchItem.kontonr,
    })
    .from(paymentBatchItem)
    .innerJoin(paymentBatch, eq(paymentBatch.id, paymentBatchItem.batchId))
    .innerJoin(paymentLine, eq(paymentLine.id, paymentBatchItem.lineId))
    .innerJoin(organisation, eq(organisation.id, paymentLine.recipientOrgId))
    .innerJoin(vedtak, eq(vedtak.id, paymentLine.vedtakId))
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .where(and(eq(behovsmelding.partnershipId, partnershipId), inArray(paymentBatch.state, [...EXPORTED_BATCH_STATES])))
    .orderBy(asc(paymentLine.year), asc(paymentBatch.exportedAt), asc(organisation.name));
}

/** The partnership of each application (a round's decisions name their application). */
export async function partnershipsOfApplications(db: DbOrTx, applicationIds: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .select({ applicationId: behovsmelding.id, id: partnership.id, name: partnership.name })
    .from(behovsmelding)
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(inArray(behovsmelding.id, [...new Set(applicationIds)]));
  return new Map(rows.map((r) => [r.applicationId, { id: r.id, name: r.name }]));
}

/** Each organisation's recipient profile row, when it has one (none: paid out, as the table's default). */
export async function recipientProfileRowsOf(db: DbOrTx, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return new Map<string, typeof recipientProfile.$inferSelect>();
  const rows = await db.select().from(recipientProfile).where(inArray(recipientProfile.organisationId, [...new Set(organisationIds)]));
  return new Map(rows.map((r) => [r.organisationId, r]));
}

/** The organisations' register facts the plan shows and approving takes: name, orgnr, account. */
export async function recipientOrganisations(db: DbOrTx, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return new Map<string, { id: string; name: string; orgnr: string | null; kontonr: string | null }>();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name, orgnr: organisation.orgnr, kontonr: organisation.kontonr })
    .from(organisation)
    .where(inArray(organisation.id, [...new Set(organisationIds)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A partnership's unused money (every tilsagn), with the recipient's name. */
export async function listPartnershipUnusedFunds(db: DbOrTx, partnershipId: string) {
  if (!isUuid(partnershipId)) return [];
  return db
    .select({ row: unusedFunds, name: organisation.name })
    .from(unusedFunds)
    .innerJoin(organisation, eq(organisation.id, unusedFunds.recipientOrgId))
    .where(eq(unusedFunds.partnershipId, partnershipId))
    .orderBy(asc(unusedFunds.year), asc(unusedFunds.registeredAt));
}

/** Holds a round's lines until the transaction ends, so two approvals of one plan queue up. */
export async function lockRoundLines(tx: DbOrTx, roundId: string) {
  await tx.select({ id: paymentLine.id }).from(paymentLine).where(eq(paymentLine.roundId, roundId)).for('update');
}
