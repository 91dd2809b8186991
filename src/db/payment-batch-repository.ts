// Payment batches and their items (issue 15, point 1; ADR 027): the rows, the facts the batch rules read (what a plan
// line may still take), who had a hand in a batch (the policy's preparers), and the rows of the finance system's file.
import { and, asc, eq, inArray, isNotNull, isNull, min, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { isUuid } from '../domain/shared/fields.ts';
import {
  auditLog,
  behovsmelding,
  behovsmeldingRound,
  organisation,
  partnership,
  paymentBatch,
  paymentBatchItem,
  paymentLine,
  person,
  recipientProfile,
  scheme,
  tilsagnSetting,
  vedtak,
  vedtakLine,
} from './schema/index.ts';
import { OPEN_BATCH_STATES, type TPayableLine } from '../domain/utbetaling/payment-batch.ts';

export type PaymentBatchRow = typeof paymentBatch.$inferSelect;
export type PaymentItemInput = { lineId: string; amountKr: number; kontonr: string | null };

export async function insertPaymentBatch(tx: DbOrTx, v: typeof paymentBatch.$inferInsert): Promise<PaymentBatchRow> {
  const [row] = await tx.insert(paymentBatch).values(v).returning();
  return row!;
}

export async function findPaymentBatch(db: DbOrTx, id: string): Promise<PaymentBatchRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(paymentBatch).where(eq(paymentBatch.id, id));
  return row;
}

/** Holds the batch's row until the transaction ends, so two changes of one batch queue up. */
export async function lockPaymentBatch(tx: DbOrTx, id: string): Promise<PaymentBatchRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(paymentBatch).where(eq(paymentBatch.id, id)).for('update');
  return row;
}

export async function listRoundPaymentBatches(db: DbOrTx, roundId: string): Promise<PaymentBatchRow[]> {
  return db.select().from(paymentBatch).where(eq(paymentBatch.roundId, roundId)).orderBy(asc(paymentBatch.createdAt), asc(paymentBatch.id));
}

/** Moves the batch on only from the state (and version, when given) the caller saw; undefined when it had moved. */
export async function updatePaymentBatchIfUnchanged(
  tx: DbOrTx,
  v: { id: string; fromState: string; expectedVersion?: number | undefined; set: Partial<typeof paymentBatch.$inferInsert>; at: Date },
): Promise<PaymentBatchRow | undefined> {
  const [row] = await tx
    .update(paymentBatch)
    .set({ ...v.set, version: sql`${paymentBatch.version} + 1`, updatedAt: v.at })
    .where(and(eq(paymentBatch.id, v.id), eq(paymentBatch.state, v.fromState), v.expectedVersion === undefined ? undefined : eq(paymentBatch.version, v.expectedVersion)))
    .returning();
  return row;
}

/** The batch's items become exactly these. */
export async function replacePaymentItems(tx: DbOrTx, batchId: string, items: readonly PaymentItemInput[]): Promise<void> {
  await tx.delete(paymentBatchItem).where(eq(paymentBatchItem.batchId, batchId));
  if (items.length) await tx.insert(paymentBatchItem).values(items.map((i) => ({ batchId, ...i })));
}

/**
 * The round's plan lines as the batch rules read them (`lineIds` narrows them): what is paid (batches 'betalt'), what
 * other open batches hold (`exceptBatchId` is the one being edited), the tilsagn's first year, and a label for
 * messages. Lines of a decision replaced by an endringsvedtak are not offered.
 */
export async function listPayableLines(db: DbOrTx, v: { roundId: string; lineIds?: readonly string[]; exceptBatchId?: string }): Promise<(TPayableLine & { vedtakId: string })[]> {
  const wanted = v.lineIds?.filter(isUuid);
  if (wanted && wanted.length === 0) return [];
  const lines = await db
    .select({ line: paymentLine, partnershipName: partnership.name, orgName: organisation.name })
    .from(paymentLine)
    .innerJoin(vedtak, eq(vedtak.id, paymentLine.vedtakId))
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(organisation, eq(organisation.id, paymentLine.recipientOrgId))
    .where(and(eq(paymentLine.roundId, v.roundId), isNull(vedtak.supersededById), wanted ? inArray(paymentLine.id, wanted) : undefined))
    .orderBy(asc(partnership.name), asc(paymentLine.year), asc(organisation.name));
  if (lines.length === 0) return [];
  const ids = lines.map((l) => l.line.id);
  const held = await db
    .select({ lineId: paymentBatchItem.lineId, state: paymentBatch.state, kr: sql<string>`sum(${paymentBatchItem.amountKr})` })
    .from(paymentBatchItem)
    .innerJoin(paymentBatch, eq(paymentBatch.id, paymentBatchItem.batchId))
    .where(and(inArray(paymentBatchItem.lineId, ids), v.exceptBatchId ? ne(paymentBatch.id, v.exceptBatchId) : undefined))
    .groupBy(paymentBatchItem.lineId, paymentBatch.state);
  const firstYears = await db
    .select({ vedtakId: vedtakLine.vedtakId, year: min(vedtakLine.year) })
    .from(vedtakLine)
    .where(inArray(vedtakLine.vedtakId, [...new Set(lines.map((l) => l.line.vedtakId))]))
    .groupBy(vedtakLine.vedtakId);
  const firstOf = new Map(firstYears.map((f) => [f.vedtakId, f.year ?? 0]));
  const sumOf = (lineId: string, states: readonly string[]) =>
    held.filter((h) => h.lineId === lineId && states.includes(h.state)).reduce((s, h) => s + Number(h.kr), 0);
  return lines.map(({ line, partnershipName, orgName }) => ({
    id: line.id,
    vedtakId: line.vedtakId,
    kind: line.kind,
    approved: line.approvedAt !== null,
    kontonr: line.kontonr,
    amountKr: line.amountKr,
    offsetKr: line.offsetKr,
    paidKr: sumOf(line.id, ['betalt']),
    inOtherBatchesKr: sumOf(line.id, OPEN_BATCH_STATES),
    year: line.year,
    firstYear: firstOf.get(line.vedtakId) ?? line.year,
    label: `${partnershipName} – ${orgName} ${line.year}`,
  }));
}

/** One item with what the batch's page and the finance file show of it. */
export type PaymentItemView = {
  batchId: string;
  lineId: string;
  amountKr: number;
  kontonr: string | null;
  year: number;
  recipient: string;
  recipientOrgId: string;
  orgName: string;
  orgnr: string | null;
  partnershipId: string;
  partnershipName: string;
  vedtakId: string;
  documentNumber: string | null;
};

export async function listPaymentItems(db: DbOrTx, batchIds: readonly string[]): Promise<PaymentItemView[]> {
  if (batchIds.length === 0) return [];
  return db
    .select({
      batchId: paymentBatchItem.batchId,
      lineId: paymentBatchItem.lineId,
      amountKr: paymentBatchItem.amountKr,
      kontonr: paymentBatchItem.kontonr,
      year: paymentLine.year,
      recipient: paymentLine.recipient,
      recipientOrgId: paymentLine.recipientOrgId,
      orgName: organisation.name,
      orgnr: organisation.orgnr,
      partnershipId: partnership.id,
      partnershipName: partnership.name,
      vedtakId: vedtak.id,
      documentNumber: vedtak.documentNumber,
    })
    .from(paymentBatchItem)
    .innerJoin(paymentLine, eq(paymentLine.id, paymentBatchItem.lineId))
    .innerJoin(organisation, eq(organisation.id, paymentLine.recipientOrgId))
    .innerJoin(vedtak, eq(vedtak.id, paymentLine.vedtakId))
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(inArray(paymentBatchItem.batchId, [...batchIds]))
    .orderBy(asc(partnership.name), asc(paymentLine.year), asc(organisation.name));
}

/**
 * Who had a hand in the batch: who made it, and who changed its items (the audit's rows with `items`). Neither may
 * approve it (policy.ts).
 */
export async function paymentBatchPreparerUserIds(db: DbOrTx, batch: PaymentBatchRow): Promise<string[]> {
  const changed = await db
    .selectDistinct({ userId: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'payment-batch'), eq(auditLog.entityId, batch.id), sql`${auditLog.after} ? 'items'`, isNotNull(auditLog.actorUserId)));
  return [...new Set([batch.preparedByUserId, ...changed.map((r) => r.userId)].filter((u): u is string => u !== null))];
}

/** The scheme's short name and rules of a round (the file's text, the report gate). */
export async function roundScheme(db: DbOrTx, roundId: string): Promise<{ shortName: string; rules: unknown }> {
  const [row] = await db
    .select({ shortName: scheme.shortName, rules: scheme.rules })
    .from(behovsmeldingRound)
    .innerJoin(scheme, eq(scheme.id, behovsmeldingRound.schemeId))
    .where(eq(behovsmeldingRound.id, roundId));
  return row ?? { shortName: '', rules: {} };
}

/** Where a payee's payment notice goes and in which written standard: its organisation's e-mail, its profile, the
 * office's letter setting, and the coordinators of the partnerships it is paid for. */
export async function payeeContacts(db: DbOrTx, officeId: string, orgIds: readonly string[], partnershipIds: readonly string[]) {
  if (orgIds.length === 0) return { orgs: [], coordinators: new Map<string, string>(), setting: undefined };
  const orgs = await db
    .select({ id: organisation.id, email: organisation.email, profile: recipientProfile })
    .from(organisation)
    .leftJoin(recipientProfile, eq(recipientProfile.organisationId, organisation.id))
    .where(inArray(organisation.id, [...orgIds]));
  const coordinatorRows = partnershipIds.length
    ? await db
        .select({ partnershipId: partnership.id, email: person.email })
        .from(partnership)
        .innerJoin(person, eq(person.id, partnership.coordinatorPersonId))
        .where(inArray(partnership.id, [...partnershipIds]))
    : [];
  const [setting] = await db.select().from(tilsagnSetting).where(eq(tilsagnSetting.officeId, officeId));
  return { orgs, coordinators: new Map(coordinatorRows.map((r) => [r.partnershipId, r.email.toLowerCase()])), setting };
}

/** Holds the plan lines' rows until the transaction ends, so two batches taking the same line queue up and the second
 * sees what the first holds (a line is never promised beyond its amount). */
export async function lockPaymentLines(tx: DbOrTx, lineIds: readonly string[]): Promise<void> {
  const ids = lineIds.filter(isUuid);
  if (ids.length === 0) return;
  await tx.select({ id: paymentLine.id }).from(paymentLine).where(inArray(paymentLine.id, ids)).orderBy(asc(paymentLine.id)).for('update');
}
