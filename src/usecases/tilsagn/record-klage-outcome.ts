// Records the appeal body's outcome of a forwarded klage (issue 14, point 5; vedtak.handle-klage): medhold,
// delvis medhold or ikke medhold, with its text. Where the klage succeeded, wholly or in part, the office carries the
// appeal body's decision out in a new decision: an endringsvedtak (an unchanged copy the case officer then changes,
// approved like any decision) is prepared in the same transaction and linked on the klage, whose effect on the
// frames — the difference per year between the decision appealed and the new one — is shown with it
// (klage-view.ts). Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateKlageIfUnchanged } from '../../db/tilsagn-klage-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { assertMayMove, ZKlageOutcomeInput } from '../../domain/tilsagn/klage.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { loadKlageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';
import { createAmendment } from '../../loaders/tilsagn/create-amendment.ts';

export async function recordKlageOutcome({ db, actor, clock, klageId, input }: UseCaseContext & { klageId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { klage, decision } = await loadKlage(tx, actor, klageId, 'handle-klage', 'update');
    const { outcome, text } = parseInput(ZKlageOutcomeInput, input);
    assertMayMove(klage.state, 'avgjort');
    const made = outcome === 'ikke-medhold' ? null : await createAmendment(tx, { actor, clock, vedtakId: decision.id });
    const at = clock.now();
    const row = await updateKlageIfUnchanged(tx, {
      id: klage.id,
      fromState: klage.state,
      expectedVersion: klage.version,
      change: { state: 'avgjort', outcome, outcomeText: text, decidedAt: at, decidedByName: actor.name, ...(made ? { newVedtakId: made.vedtak.id } : {}) },
    });
    if (!row) throw new AppError('CONFLICT', msg('tilsagn.klage.stale'));
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'klage',
      entityId: klage.id,
      before: { state: klage.state },
      after: { state: 'avgjort', outcome, outcomeText: text, newVedtakId: made?.vedtak.id ?? null, endringsvedtakBatchId: made?.batch.id ?? null },
    });
    return loadKlageView(tx, row, decision);
  });
}
