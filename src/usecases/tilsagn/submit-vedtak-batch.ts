// The case officer sends a list of decisions for approval (issue 14, point 1): 'utkast' → 'til-godkjenning', who and
// when recorded (the submitter may not approve it either), any earlier return message cleared. Against the version
// the officer saw; an empty list is not sent.
import { appendAudit } from '../../db/audit-repository.ts';
import { listBatchVedtak, updateBatchIfUnchanged } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZBatchStepInput } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, nextBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { batchResource, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';
import { loadBatchContext } from '../../loaders/tilsagn/load-vedtak.ts';

export async function submitVedtakBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadBatchContext(tx, batchId);
    assertCan(actor, 'submit', await batchResource(tx, batch));
    const { expectedVersion } = parseInput(ZBatchStepInput, input);
    const state = nextBatchState(asBatchState(batch.state), 'submit');
    if ((await listBatchVedtak(tx, [batch.id])).length === 0) throw new AppError('VALIDATION', msg('tilsagn.batch.empty'));
    const at = clock.now();
    const saved = await updateBatchIfUnchanged(tx, {
      id: batch.id,
      fromState: batch.state,
      expectedVersion,
      set: { state, submittedAt: at, submittedByUserId: actor.userId, submittedByName: actor.name, returnMessage: null },
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('tilsagn.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'vedtak-batch', entityId: batch.id, before: { state: batch.state }, after: { state } });
    return roundVedtakAnswer(tx, actor, round);
  });
}
