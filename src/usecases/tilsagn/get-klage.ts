// One klage for the klage page (issue 14, point 5): the klage (its deadline status, what the office did, the appeal
// body's outcome and the effect of a new decision on the frames), the decision it is against, the appeal body the
// office forwards to, and what the actor may do next. Read with vedtak.read on the decision appealed — the office's
// people, and the partnership's own, who see the same klage on their application page; the actions are the state
// machine's next moves, offered only to those who handle klager (vedtak.handle-klage).
import { findTilsagnSetting } from '../../db/tilsagn-settings-repository.ts';
import { can } from '../../domain/access/policy.ts';
import { osloDateOf } from '../../domain/tilsagn/acceptance.ts';
import { klageActionsFrom } from '../../domain/tilsagn/klage-actions.ts';
import { VEDTAK_VERBS } from '../../domain/tilsagn/policy.ts';
import { tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { loadKlageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getKlage({ db, actor, klageId }: UseCaseContext & { klageId: string }) {
  const { klage, decision, app, partnership, round, resource } = await loadKlage(db, actor, klageId, 'read');
  const handles = can(actor, 'handle-klage', resource);
  return {
    klage: await loadKlageView(db, klage, decision),
    decision: {
      vedtakId: decision.id,
      applicationId: app.id,
      partnershipName: partnership.name,
      kind: decision.kind === 'avslag' ? ('avslag' as const) : ('tilsagn' as const),
      documentNumber: decision.documentNumber,
      archiveNumber: decision.archiveNumber,
      letterDateLocal: decision.issuedAt ? osloDateOf(decision.issuedAt) : null,
    },
    appealBody: tilsagnSettingOf(await findTilsagnSetting(db, round.officeId)).appealBody,
    actions: handles ? klageActionsFrom(klage.state) : [],
    allowed: VEDTAK_VERBS.filter((verb) => can(actor, verb, resource)),
  };
}
