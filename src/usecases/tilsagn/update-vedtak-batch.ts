// The case officer sets the report deadline a list's letters state (issue 14, point 3), while the list is a draft:
// what is approved is exactly what the letters say, so the deadline is fixed once the list is sent. Asks the list's
// `edit` verb (as editing a decision does), against the version the officer saw; the list's version moves, so an
// approver's view goes stale. The deadline is a real date, not before the day of the decision (vedtak-batch.ts).
//
// Setting it is part of the decision the letters carry, so whoever sets it joins those who had a hand in the list
// (batchPreparerUserIds reads this audit row) and the policy keeps them from approving it.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateBatchIfUnchanged } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import { ZUpdateBatchInput } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, assertEditable, reportDueValid } from '../../domain/tilsagn/vedtak-batch.ts';
import { loadBatchContext } from '../../loaders/tilsagn/load-vedtak.ts';
import { batchResource, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateVedtakBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadBatchContext(tx, batchId);
    assertCan(actor, 'edit', await batchResource(tx, batch));
    const body = parseInput(ZUpdateBatchInput, input);
    assertEditable(asBatchState(batch.state));
    const at = clock.now();
    const reportDueLocal = reportDueValid(body.reportDueLocal, osloDateOf(at));

    const saved = await updateBatchIfUnchanged(tx, { id: batch.id, fromState: batch.state, expectedVersion: body.expectedVersion, set: { reportDueLocal }, at });
    if (!saved) throw new AppError('CONFLICT', msg('tilsagn.batch.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'vedtak-batch', entityId: batch.id, before: { reportDueLocal: batch.reportDueLocal }, after: { reportDueLocal } });
    return roundVedtakAnswer(tx, actor, round);
  });
}
