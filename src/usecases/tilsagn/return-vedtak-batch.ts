// The budsjettdisponent sends a list back to the case officers with a message (issue 14, point 1):
// 'til-godkjenning' → 'utkast', the message kept for the preparers until the list is sent again. Whoever could
// approve it may return it (a personal act, like approving: policy.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { updateBatchIfUnchanged } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZReturnBatchInput } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, nextBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { batchResource, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';
import { loadBatchContext } from '../../loaders/tilsagn/load-vedtak.ts';

export async function returnVedtakBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadBatchContext(tx, batchId);
    assertCan(actor, 'return', await batchResource(tx, batch));
    const { expectedVersion, message } = parseInput(ZReturnBatchInput, input);
    if (message.trim() === '')
      throw new AppError('VALIDATION', msg('tilsagn.batch.returnMessageRequired'), { fieldErrors: [{ field: 'message', message: msg('tilsagn.batch.returnMessageRequired') }] });
    const state = nextBatchState(asBatchState(batch.state), 'return');
    const at = clock.now();
    const saved = await updateBatchIfUnchanged(tx, { id: batch.id, fromState: batch.state, expectedVersion, set: { state, returnMessage: message.trim() }, at });
    if (!saved) throw new AppError('CONFLICT', msg('tilsagn.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'vedtak-batch', entityId: batch.id, before: { state: batch.state }, after: { state, returnMessage: message.trim() } });
    return roundVedtakAnswer(tx, actor, round);
  });
}
