// The office changes its own decision after a klage (omgjøring, issue 14 point 5; forvaltningsloven § 33 second
// paragraph; vedtak.handle-klage): a new decision is prepared as an endringsvedtak — a copy of the decision appealed,
// in a list of its own, which the case officer then edits and a budsjettdisponent approves the same way as any
// decision (ADR 026). In the same transaction the klage becomes 'omgjort' with the reasons and the new decision
// linked, so the klage and its new decision never part. Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateKlageIfUnchanged } from '../../db/tilsagn-klage-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { assertMayMove, ZReverseKlageInput } from '../../domain/tilsagn/klage.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { loadKlageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';
import { createAmendment } from '../../loaders/tilsagn/create-amendment.ts';

export async function reverseKlage({ db, actor, clock, klageId, input }: UseCaseContext & { klageId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { klage, decision } = await loadKlage(tx, actor, klageId, 'handle-klage', 'update');
    const { reasons } = parseInput(ZReverseKlageInput, input);
    assertMayMove(klage.state, 'omgjort');
    // The endringsvedtak (amend-vedtak.ts): an unchanged copy of the decision appealed, in a list of its own, prepared
    // by this case officer, who then changes it as the reversal says (update-vedtak.ts, where the rules of a decision
    // are checked); refused when the decision is replaced or has an amendment under way.
    const made = await createAmendment(tx, { actor, clock, vedtakId: decision.id });
    const at = clock.now();
    const row = await updateKlageIfUnchanged(tx, {
      id: klage.id,
      fromState: klage.state,
      expectedVersion: klage.version,
      change: { state: 'omgjort', reasons, newVedtakId: made.vedtak.id, decidedAt: at, decidedByName: actor.name },
    });
    if (!row) throw new AppError('CONFLICT', msg('tilsagn.klage.stale'));
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'klage',
      entityId: klage.id,
      before: { state: klage.state },
      after: { state: 'omgjort', reasons, newVedtakId: made.vedtak.id, endringsvedtakBatchId: made.batch.id },
    });
    return loadKlageView(tx, row, decision);
  });
}
