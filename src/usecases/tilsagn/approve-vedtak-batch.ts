// A budsjettdisponent approves a list of decisions (issue 14, point 1; ADR 026): 'til-godkjenning' → 'godkjent', one
// act for the whole list so a round takes effect together. A personal act: the policy refuses whoever prepared or
// changed any of its decisions, or sent it for approval, and the admin as such — the facts are read from the rows
// (batchResource). Against the version the approver saw, so a decision changed meanwhile is not approved unseen.
//
// In the same transaction the decided later years bind the budget: each decision's application's reservations are
// made equal to its conditional years ('bindende', the decided amounts; rows for years no longer promised removed,
// new years added; an avslag leaves none). An approved endringsvedtak replaces the decision it amends.
import { appendAudit } from '../../db/audit-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  bindReservation,
  deleteReservation,
  insertReservation,
  listApplicationReservations,
  listBatchVedtak,
  listLines,
  setSuperseded,
  updateBatchIfUnchanged,
} from '../../db/tilsagn-vedtak-repository.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { bindingReservationChanges, type TReservationChanges } from '../../domain/tilsagn/reservations.ts';
import { ZBatchStepInput } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, nextBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { conditionalYears } from '../../domain/tilsagn/vedtak.ts';
import { batchResource, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';
import { loadBatchContext } from '../../loaders/tilsagn/load-vedtak.ts';

export async function approveVedtakBatch({ db, actor, clock, batchId, input }: UseCaseContext & { batchId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadBatchContext(tx, batchId);
    assertCan(actor, 'approve', await batchResource(tx, batch));
    const { expectedVersion } = parseInput(ZBatchStepInput, input);
    const state = nextBatchState(asBatchState(batch.state), 'approve');
    const at = clock.now();
    const saved = await updateBatchIfUnchanged(tx, {
      id: batch.id,
      fromState: batch.state,
      expectedVersion,
      set: { state, approvedAt: at, approvedByUserId: actor.userId, approvedByName: actor.name },
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('tilsagn.batch.stale'));

    const rows = await listBatchVedtak(tx, [batch.id]);
    const lines = await listLines(tx, rows.map((r) => r.vedtak.id));
    const reservations: { applicationId: string; changes: TReservationChanges }[] = [];
    for (const { vedtak } of rows) {
      const decided = vedtak.kind === 'tilsagn' ? conditionalYears(lines.filter((l) => l.vedtakId === vedtak.id)) : [];
      reservations.push({ applicationId: vedtak.applicationId, changes: await bindReservations(tx, round, vedtak.applicationId, decided) });
      if (vedtak.amendsId) await setSuperseded(tx, vedtak.amendsId, vedtak.id, at);
    }
    await appendAudit(tx, actor, { action: 'update', entityType: 'vedtak-batch', entityId: batch.id, before: { state: batch.state }, after: { state, reservations } });
    return roundVedtakAnswer(tx, actor, round);
  });
}

/** Makes the application's reservations equal the decided conditional years, all binding. */
async function bindReservations(tx: DbOrTx, round: RoundView, applicationId: string, decided: { year: number; amountKr: number }[]) {
  const changes = bindingReservationChanges(await listApplicationReservations(tx, applicationId), decided);
  for (const r of changes.remove) await deleteReservation(tx, r.id);
  for (const r of changes.update) await bindReservation(tx, r.id, r.amountKr);
  for (const r of changes.insert)
    await insertReservation(tx, {
      officeId: round.officeId,
      schemeId: round.schemeId,
      year: r.year,
      amountKr: r.amountKr,
      sourceRoundId: round.id,
      sourceApplicationId: applicationId,
      status: 'bindende',
    });
  return changes;
}
