// One payment batch with its items, sum, state and what the actor may do (issue 15, point 1): the office's money
// readers (case officers, budsjettdisponenter, readers); never the forum or a partnership.
import { assertCan } from '../../domain/access/policy.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getPaymentBatch({ db, actor, batchId }: Omit<UseCaseContext, 'clock'> & { batchId: string }) {
  const { batch, round } = await loadPaymentBatch(db, batchId);
  assertCan(actor, 'read', await paymentBatchResource(db, batch));
  return paymentBatchDetail(db, actor, round, batch);
}
