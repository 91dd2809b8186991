// Reads for the office's money per year (src/domain/utbetaling/money-overview.ts) and for the hold-over shown beside
// next year's behovsmelding and in the forum's net need (src/domain/utbetaling/held-over.ts). Read only: the tables
// are written by the plan, batch and unused-money use cases. Each read gives the facts the domain sums, nothing more.
import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { budgetReservation, behovsmeldingRound, paymentBatch, paymentBatchItem, paymentLine, unusedFunds, vedtak, vedtakLine } from './schema/index.ts';
import type { TOverviewFacts } from '../domain/utbetaling/money-overview.ts';
import type { THeldOverRow } from '../domain/utbetaling/held-over.ts';

/** An office's money, of one scheme or (no schemeId) of all. */
export type OverviewKey = { officeId: string; schemeId?: string | null };

const roundOf = (key: OverviewKey): SQL | undefined =>
  and(eq(behovsmeldingRound.officeId, key.officeId), key.schemeId ? eq(behovsmeldingRound.schemeId, key.schemeId) : undefined);

/** The facts of every year. Sequential: `db` may be a transaction (one connection). */
export async function listOverviewFacts(db: DbOrTx, key: OverviewKey): Promise<TOverviewFacts> {
  const reservations = await db
    .select({ year: budgetReservation.year, amountKr: budgetReservation.amountKr, status: budgetReservation.status })
    .from(budgetReservation)
    .where(and(eq(budgetReservation.officeId, key.officeId), key.schemeId ? eq(budgetReservation.schemeId, key.schemeId) : undefined));

  // Issued tilsagn still in force: an endringsvedtak supersedes the one it amends, and its own lines count instead.
  const decidedLines = await db
    .select({ year: vedtakLine.year, amountKr: vedtakLine.amountKr, accepted: sql<boolean>`${vedtak.acceptedAt} is not null` })
    .from(vedtakLine)
    .innerJoin(vedtak, eq(vedtak.id, vedtakLine.vedtakId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .where(and(roundOf(key), eq(vedtak.kind, 'tilsagn'), isNotNull(vedtak.issuedAt), isNull(vedtak.supersededById)));

  const paidItems = await db
    .select({ year: paymentLine.year, amountKr: paymentBatchItem.amountKr })
    .from(paymentBatchItem)
    .innerJoin(paymentBatch, eq(paymentBatch.id, paymentBatchItem.batchId))
    .innerJoin(paymentLine, eq(paymentLine.id, paymentBatchItem.lineId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, paymentLine.roundId))
    .where(and(roundOf(key), eq(paymentBatch.state, 'betalt')));

  const unused = await db
    .select({ year: unusedFunds.year, amountKr: unusedFunds.amountKr, state: unusedFunds.state, receivedKr: unusedFunds.receivedKr })
    .from(unusedFunds)
    .innerJoin(vedtak, eq(vedtak.id, unusedFunds.vedtakId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .where(and(roundOf(key), eq(unusedFunds.officeId, key.officeId)));

  return { reservations, decidedLines, paidItems, unused };
}

/** The schemes the office has rounds of (the overview's choice of scheme). */
export async function listOfficeSchemeIds(db: DbOrTx, officeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ schemeId: behovsmeldingRound.schemeId })
    .from(behovsmeldingRound)
    .where(eq(behovsmeldingRound.officeId, officeId))
    .orderBy(behovsmeldingRound.schemeId);
  return rows.map((r) => r.schemeId);
}

/** Money held over ('overfort') to one of `years` for these partnerships, from tilsagn of the scheme. */
export async function listHeldOver(db: DbOrTx, input: { partnershipIds: readonly string[]; schemeId: string; years: readonly number[] }): Promise<THeldOverRow[]> {
  if (input.partnershipIds.length === 0 || input.years.length === 0) return [];
  const rows = await db
    .select({
      partnershipId: unusedFunds.partnershipId,
      targetYear: unusedFunds.targetYear,
      fromYear: unusedFunds.year,
      recipient: unusedFunds.recipient,
      amountKr: unusedFunds.amountKr,
      documentNumber: vedtak.documentNumber,
    })
    .from(unusedFunds)
    .innerJoin(vedtak, eq(vedtak.id, unusedFunds.vedtakId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .where(
      and(
        eq(unusedFunds.state, 'overfort'),
        inArray(unusedFunds.partnershipId, [...input.partnershipIds]),
        inArray(unusedFunds.targetYear, [...input.years]),
        eq(behovsmeldingRound.schemeId, input.schemeId),
      ),
    );
  return rows.map((r) => ({ ...r, targetYear: r.targetYear!, recipient: r.recipient === 'uh' ? 'uh' : 'owner' }));
}
