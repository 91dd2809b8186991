// Forwards a klage to the appeal body (oversendelse, issue 14 point 5; vedtak.handle-klage): the office keeps its
// decision and sends the case with its own assessment (forvaltningsloven § 33) to the body its settings name
// (default Utdanningsdirektoratet). The case documents go along as one ZIP (export-klage-zip.ts). Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateKlageIfUnchanged } from '../../db/tilsagn-klage-repository.ts';
import { findTilsagnSetting } from '../../db/tilsagn-settings-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { assertMayMove, ZForwardKlageInput } from '../../domain/tilsagn/klage.ts';
import { tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { klageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function forwardKlage({ db, actor, clock, klageId, input }: UseCaseContext & { klageId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { klage, decision, round } = await loadKlage(tx, actor, klageId, 'handle-klage', 'update');
    const { assessment } = parseInput(ZForwardKlageInput, input);
    assertMayMove(klage.state, 'oversendt');
    const forwardedTo = tilsagnSettingOf(await findTilsagnSetting(tx, round.officeId)).appealBody;
    const at = clock.now();
    const row = await updateKlageIfUnchanged(tx, {
      id: klage.id,
      fromState: klage.state,
      expectedVersion: klage.version,
      change: { state: 'oversendt', reasons: assessment, forwardedAt: at, forwardedTo },
    });
    if (!row) throw new AppError('CONFLICT', msg('tilsagn.klage.stale'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'klage', entityId: klage.id, before: { state: klage.state }, after: { state: 'oversendt', forwardedTo, assessment } });
    return klageView(row, decision, null);
  });
}
