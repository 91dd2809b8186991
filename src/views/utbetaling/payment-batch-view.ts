// A payment batch as the office sees it (issue 15, point 1): its state, who took each step, its items with names,
// accounts and numbers, its sum, and what the actor may do — the answer of reading and of every step. And a round's
// batches with the plan lines a new batch may take, each with what remains and why it is held back.
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  listPayableLines,
  listPaymentItems,
  listRoundPaymentBatches,
  paymentBatchPreparerUserIds,
  roundScheme,
  type PaymentBatchRow,
  type PaymentItemView,
} from '../../db/payment-batch-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { paymentAwaitsReport as awaitsReportRule, storedSchemeRules } from '../../domain/reference/scheme-rules.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { PaymentBatchDetail, RoundPaymentBatchesAnswer } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, awaitsReport, batchVerbFitsState, payableRestKr, type TPayableLine, type TReportGate } from '../../domain/utbetaling/payment-batch.ts';
import type { PaymentBatchResource } from '../../domain/utbetaling/policy.ts';
import { approvedReportYears } from '../../loaders/utbetaling/approved-report-years.ts';

/** The batch as the policy sees it: who made or changed it, and who sent it. */
export async function paymentBatchResource(db: DbOrTx, batch: PaymentBatchRow): Promise<PaymentBatchResource> {
  return { type: 'payment-batch', officeId: batch.officeId, preparerUserIds: await paymentBatchPreparerUserIds(db, batch), submitterUserId: batch.submittedByUserId };
}

/** The report gate of each line's tilsagn: the scheme's rule and the approved report years (issue 16 supplies them). */
export async function reportGates(db: DbOrTx, roundId: string, vedtakIds: readonly string[]): Promise<(vedtakId: string) => TReportGate> {
  const { rules } = await roundScheme(db, roundId);
  const paymentAwaitsReport = awaitsReportRule(storedSchemeRules(rules));
  const years = paymentAwaitsReport ? await approvedReportYears(db, [...new Set(vedtakIds)]) : new Map<string, number[]>();
  return (vedtakId) => ({ paymentAwaitsReport, approvedReportYears: years.get(vedtakId) ?? [] });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function batchOut(db: DbOrTx, actor: Actor, b: PaymentBatchRow, items: readonly PaymentItemView[]) {
  const state = asPaymentBatchState(b.state);
  const own = items.filter((i) => i.batchId === b.id);
  return {
    id: b.id,
    roundId: b.roundId,
    state,
    version: b.version,
    preparedByName: b.preparedByName,
    createdAt: b.createdAt.toISOString(),
    submittedAt: iso(b.submittedAt),
    submittedByName: b.submittedByName,
    approvedAt: iso(b.approvedAt),
    approvedByName: b.approvedByName,
    returnMessage: b.returnMessage,
    exportedAt: iso(b.exportedAt),
    exportedByName: b.exportedByName,
    paidOnLocal: b.paidOnLocal,
    paidMarkedByName: b.paidMarkedByName,
    itemCount: own.length,
    totalKr: own.reduce((s, i) => s + i.amountKr, 0),
    allowed: allowedVerbs(actor, await paymentBatchResource(db, b)).filter((v) => batchVerbFitsState(v, state)),
  };
}

export async function paymentBatchDetail(db: DbOrTx, actor: Actor, round: RoundView, batch: PaymentBatchRow): Promise<PaymentBatchDetail> {
  const items = await listPaymentItems(db, [batch.id]);
  return {
    round: { id: round.id, title: round.title, year: round.year, officeName: round.officeName },
    batch: await batchOut(db, actor, batch, items),
    items: items.map(({ batchId: _b, vedtakId: _v, ...i }) => i),
  };
}

/** Why a line cannot go into a batch now (null: it can), the same reasons checkItem gives. */
function blockedReason(line: TPayableLine, gate: TReportGate): string | null {
  if (line.kind !== 'utbetaling') return msg('utbetaling.batch.lineIsTransfer', { line: line.label });
  if (!line.approved) return msg('utbetaling.batch.lineNotApproved', { line: line.label });
  if (!line.kontonr) return msg('utbetaling.batch.lineNoAccount', { line: line.label });
  if (awaitsReport(line, gate)) return msg('utbetaling.batch.awaitsReport', { line: line.label, year: line.year, reportYear: line.year - 1 });
  return null;
}

export async function roundPaymentBatchesAnswer(db: DbOrTx, actor: Actor, round: RoundView): Promise<RoundPaymentBatchesAnswer> {
  const batches = await listRoundPaymentBatches(db, round.id);
  const items = await listPaymentItems(db, batches.map((b) => b.id));
  const lines = await listPayableLines(db, { roundId: round.id });
  const gateOf = await reportGates(db, round.id, lines.map((l) => l.vedtakId));
  const out = [];
  for (const b of batches) out.push(await batchOut(db, actor, b, items));
  return {
    round: { id: round.id, title: round.title, year: round.year, officeId: round.officeId, officeName: round.officeName },
    allowed: allowedVerbs(actor, { type: 'utbetaling', officeId: round.officeId }),
    batches: out,
    lines: lines.map((l) => ({
      lineId: l.id,
      label: l.label,
      year: l.year,
      kind: l.kind,
      amountKr: l.amountKr,
      offsetKr: l.offsetKr,
      paidKr: l.paidKr,
      inBatchesKr: l.inOtherBatchesKr,
      payableRestKr: payableRestKr(l),
      blockedReason: blockedReason(l, gateOf(l.vedtakId)),
    })),
  };
}
