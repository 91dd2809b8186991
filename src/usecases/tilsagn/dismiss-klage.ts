// Dismisses a klage (avvisning, issue 14 point 5; vedtak.handle-klage): the office finds it cannot be considered —
// too late (forvaltningsloven § 31), no standing, no decision to appeal — and says why (§ 24: the reasons are
// required). Only a klage still with the office (registrert) is dismissed. Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateKlageIfUnchanged } from '../../db/tilsagn-klage-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { assertMayMove, ZDismissKlageInput } from '../../domain/tilsagn/klage.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { klageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function dismissKlage({ db, actor, clock, klageId, input }: UseCaseContext & { klageId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { klage, decision } = await loadKlage(tx, actor, klageId, 'handle-klage', 'update');
    const { reasons } = parseInput(ZDismissKlageInput, input);
    assertMayMove(klage.state, 'avvist');
    const at = clock.now();
    const row = await updateKlageIfUnchanged(tx, {
      id: klage.id,
      fromState: klage.state,
      expectedVersion: klage.version,
      change: { state: 'avvist', reasons, decidedAt: at, decidedByName: actor.name },
    });
    if (!row) throw new AppError('CONFLICT', msg('tilsagn.klage.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'klage', entityId: klage.id, before: { state: klage.state }, after: { state: 'avvist', reasons } });
    return klageView(row, decision, null);
  });
}
