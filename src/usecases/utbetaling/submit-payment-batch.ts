// The case officer sends a batch for approval (issue 15, point 1): 'utkast' → 'til-godkjenning', who and when
// recorded (the submitter may not approve it either), any earlier return message cleared. Against the version the
// officer saw; an empty batch is not sent.
import { appendAudit } from '../../db/audit-repository.ts';
import { listPaymentItems, updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZPaymentBatchStepInput } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, nextPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function submitPaymentBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'submit', await paymentBatchResource(tx, batch));
    const { expectedVersion } = parseInput(ZPaymentBatchStepInput, input);
    const state = nextPaymentBatchState(asPaymentBatchState(batch.state), 'submit');
    if ((await listPaymentItems(tx, [batch.id])).length === 0) throw new AppError('VALIDATION', msg('utbetaling.batch.empty'));
    const at = clock.now();
    const saved = await updatePaymentBatchIfUnchanged(tx, {
      id: batch.id,
      fromState: batch.state,
      expectedVersion,
      set: { state, submittedAt: at, submittedByUserId: actor.userId, submittedByName: actor.name, returnMessage: null },
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { state: batch.state }, after: { state } });
    return paymentBatchDetail(tx, actor, round, saved);
  });
}
