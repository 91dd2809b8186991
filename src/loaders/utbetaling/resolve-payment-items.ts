// The items a case officer asks for, checked against the round's plan and made ready to write (issue 15, point 1):
// every line of this round, each at most once, each passing the batch rules (approved 'utbetaling' line with an
// account, not held by the report gate, whole kroner within the payable rest). No amount means the whole payable rest.
// The lines are locked first, so what other batches hold is read after any batch that took them meanwhile.
import type { DbOrTx } from '../../db/client.ts';
import { listPayableLines, lockPaymentLines, type PaymentItemInput } from '../../db/payment-batch-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { assertDistinctLines, checkItem, payableRestKr } from '../../domain/utbetaling/payment-batch.ts';
import { reportGates } from '../../views/utbetaling/payment-batch-view.ts';

export async function resolvePaymentItems(
  tx: DbOrTx,
  v: { roundId: string; items: readonly { lineId: string; amountKr?: number | undefined }[]; exceptBatchId?: string },
): Promise<PaymentItemInput[]> {
  assertDistinctLines(v.items);
  const lineIds = v.items.map((i) => i.lineId);
  await lockPaymentLines(tx, lineIds);
  const lines = await listPayableLines(tx, { roundId: v.roundId, lineIds, ...(v.exceptBatchId ? { exceptBatchId: v.exceptBatchId } : {}) });
  const byId = new Map(lines.map((l) => [l.id, l]));
  const gateOf = await reportGates(tx, v.roundId, lines.map((l) => l.vedtakId));
  return v.items.map((item) => {
    const line = byId.get(item.lineId);
    if (!line) throw new AppError('VALIDATION', msg('utbetaling.batch.lineNotFound'), { fieldErrors: [{ field: 'items', message: msg('utbetaling.batch.lineNotFound') }] });
    const amountKr = item.amountKr ?? payableRestKr(line);
    checkItem(line, amountKr, gateOf(line.vedtakId));
    return { lineId: line.id, amountKr, kontonr: line.kontonr };
  });
}
