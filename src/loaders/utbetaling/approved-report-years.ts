// The years whose report is approved, per tilsagn: the fact the payment gate (scheme rule `paymentAwaitsReport`,
// src/domain/utbetaling/payment-batch.ts awaitsReport) turns on. No report table exists yet: the rapportering issue
// (16) fills this from its approved reports. Until then no report is approved, so where a scheme turns the rule on,
// only a tilsagn's first year can be paid — the safe side of the rule.
import type { DbOrTx } from '../../db/client.ts';

export async function approvedReportYears(db: DbOrTx, vedtakIds: readonly string[]): Promise<Map<string, number[]>> {
  void db;
  return new Map(vedtakIds.map((id) => [id, []]));
}
