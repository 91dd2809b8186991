// A case officer changes a draft batch's items (issue 15, point 1): lines added or left out, amounts changed, against
// the version the officer saw. Whoever changes the items joins those who had a hand in the batch (the audit row with
// `items` is what paymentBatchPreparerUserIds reads), so the policy keeps them from approving it.
import { appendAudit } from '../../db/audit-repository.ts';
import { listPaymentItems, replacePaymentItems, updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZUpdatePaymentBatchInput } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, assertBatchEditable } from '../../domain/utbetaling/payment-batch.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { resolvePaymentItems } from '../../loaders/utbetaling/resolve-payment-items.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updatePaymentBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'edit', await paymentBatchResource(tx, batch));
    const body = parseInput(ZUpdatePaymentBatchInput, input);
    assertBatchEditable(asPaymentBatchState(batch.state));
    const before = (await listPaymentItems(tx, [batch.id])).map((i) => ({ lineId: i.lineId, amountKr: i.amountKr, kontonr: i.kontonr }));
    const resolved = await resolvePaymentItems(tx, { roundId: round.id, items: body.items, exceptBatchId: batch.id });
    const saved = await updatePaymentBatchIfUnchanged(tx, { id: batch.id, fromState: batch.state, expectedVersion: body.expectedVersion, set: {}, at: clock.now() });
    if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));
    await replacePaymentItems(tx, batch.id, resolved);
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { items: before }, after: { items: resolved } });
    return paymentBatchDetail(tx, actor, round, saved);
  });
}
