// The budsjettdisponent sends a batch back to the case officers with a message (issue 15, point 1):
// 'til-godkjenning' → 'utkast', the message kept until the batch is sent again. Whoever could approve it may return it
// (a personal act, like approving: policy.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZReturnPaymentBatchInput } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, nextPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function returnPaymentBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'return', await paymentBatchResource(tx, batch));
    const { expectedVersion, message } = parseInput(ZReturnPaymentBatchInput, input);
    if (message.trim() === '')
      throw new AppError('VALIDATION', msg('utbetaling.batch.returnMessageRequired'), { fieldErrors: [{ field: 'message', message: msg('utbetaling.batch.returnMessageRequired') }] });
    const state = nextPaymentBatchState(asPaymentBatchState(batch.state), 'return');
    const at = clock.now();
    const saved = await updatePaymentBatchIfUnchanged(tx, { id: batch.id, fromState: batch.state, expectedVersion, set: { state, returnMessage: message.trim() }, at });
    if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { state: batch.state }, after: { state, returnMessage: message.trim() } });
    return paymentBatchDetail(tx, actor, round, saved);
  });
}
