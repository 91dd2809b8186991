// An amending decision (endringsvedtak, issue 14, point 1; ADR 026): a new list of kind 'endringsvedtak' holding a
// copy of one ISSUED decision (amends_id set), edited, sent and approved exactly as a round's decisions — by a
// budsjettdisponent who had no hand in it — and issued with its own letter. Approving it replaces the decision it
// amends (approve-vedtak-batch.ts) and rebinds the application's later years to it.
//
// The copy is made by `createAmendment` (src/loaders/tilsagn/create-amendment.ts), shared with the klage's use cases.
import { appendAudit } from '../../db/audit-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import { createAmendment } from '../../loaders/tilsagn/create-amendment.ts';
import type { UseCaseContext } from '../context.ts';
import { loadVedtakContext } from '../../loaders/tilsagn/load-vedtak.ts';

export async function amendVedtak({ db, actor, clock, vedtakId }: UseCaseContext & { vedtakId: string }) {
  return db.transaction(async (tx) => {
    const { round } = await loadVedtakContext(tx, vedtakId);
    assertCan(actor, 'prepare', { type: 'tilsagn', officeId: round.officeId });
    const made = await createAmendment(tx, { actor, clock, vedtakId });
    await appendAudit(tx, actor, {
      action: 'create',
      entityType: 'vedtak-batch',
      entityId: made.batch.id,
      before: null,
      after: { kind: 'endringsvedtak', state: 'utkast', vedtakId: made.vedtak.id, amendsId: made.amends.id, decisionKind: made.vedtak.kind, lines: made.lines },
    });
    return roundVedtakAnswer(tx, actor, round);
  });
}
