// A budsjettdisponent approves a payment batch (issue 15, point 1; ADR 027; Bestemmelser om økonomistyring i staten
// 5.3.5: attestation and approval are two people): 'til-godkjenning' → 'godkjent', after which its file may be
// written. A personal act: the policy refuses whoever made it, changed its items or sent it, and the admin as such —
// the facts are read from the batch and the audit (paymentBatchResource). Against the version the approver saw, so a
// batch changed meanwhile is not approved unseen.
import { appendAudit } from '../../db/audit-repository.ts';
import { updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZPaymentBatchStepInput } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, nextPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function approvePaymentBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'approve', await paymentBatchResource(tx, batch));
    const { expectedVersion } = parseInput(ZPaymentBatchStepInput, input);
    const state = nextPaymentBatchState(asPaymentBatchState(batch.state), 'approve');
    const at = clock.now();
    const saved = await updatePaymentBatchIfUnchanged(tx, {
      id: batch.id,
      fromState: batch.state,
      expectedVersion,
      set: { state, approvedAt: at, approvedByUserId: actor.userId, approvedByName: actor.name },
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { state: batch.state }, after: { state } });
    return paymentBatchDetail(tx, actor, round, saved);
  });
}
