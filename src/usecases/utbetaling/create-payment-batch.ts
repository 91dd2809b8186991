// A case officer makes a payment batch of the round's approved plan lines (issue 15, point 1; ADR 027): each line
// whole (its payable rest) or in part (an amount: a part payment leaves the rest payable later). The account each
// item pays to is the line's approved one, copied into the item so the file says what was approved. The maker is
// recorded (and may not approve it: policy.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { insertPaymentBatch, replacePaymentItems } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZCreatePaymentBatchInput } from '../../domain/utbetaling/batch-contract.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { resolvePaymentItems } from '../../loaders/utbetaling/resolve-payment-items.ts';
import { paymentBatchDetail } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function createPaymentBatch({ db, actor, clock, roundId, input }: UseCaseContext & { roundId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'prepare-batch', { type: 'utbetaling', officeId: round.officeId });
    const { items } = parseInput(ZCreatePaymentBatchInput, input);
    const resolved = await resolvePaymentItems(tx, { roundId: round.id, items });
    const at = clock.now();
    const batch = await insertPaymentBatch(tx, {
      officeId: round.officeId,
      roundId: round.id,
      preparedByUserId: actor.userId,
      preparedByName: actor.name,
      createdAt: at,
      updatedAt: at,
    });
    await replacePaymentItems(tx, batch.id, resolved);
    await appendAudit(tx, actor, { action: 'create', entityType: 'payment-batch', entityId: batch.id, before: null, after: { state: batch.state, items: resolved } });
    return paymentBatchDetail(tx, actor, round, batch);
  });
}
