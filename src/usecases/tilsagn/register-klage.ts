// Registers a klage on an issued decision with the date it came in (issue 14, point 5; vedtak.handle-klage): the
// office's case officers, who receive it (forvaltningsloven § 32: a klage is sent to the body that decided). Whether it
// came within three weeks is shown, not decided here: the office may still consider a late one (§ 31).
import { appendAudit } from '../../db/audit-repository.ts';
import { insertKlage } from '../../db/tilsagn-klage-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { osloDateOf } from '../../domain/tilsagn/acceptance.ts';
import { ZRegisterKlageInput } from '../../domain/tilsagn/klage.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import { klageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function registerKlage({ db, actor, clock, vedtakId, input }: UseCaseContext & { vedtakId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { decision } = await loadDecisionCase(tx, actor, vedtakId, 'handle-klage');
    const values = parseInput(ZRegisterKlageInput, input);
    if (!decision.issuedAt) throw new AppError('VALIDATION', msg('tilsagn.klage.notIssued'));
    const at = clock.now();
    const letterDate = osloDateOf(decision.issuedAt);
    if (values.receivedOnLocal > osloDateOf(at)) throw validationError([{ field: 'receivedOnLocal', message: msg('tilsagn.klage.receivedInFuture') }]);
    if (values.receivedOnLocal < letterDate)
      throw validationError([{ field: 'receivedOnLocal', message: msg('tilsagn.klage.receivedBeforeLetter', { date: letterDate }) }]);
    const row = await insertKlage(tx, { vedtakId: decision.id, ...values, registeredByName: actor.name, at });
    await appendAudit(tx, actor, { action: 'create', entityType: 'klage', entityId: row.id, before: null, after: { ...values, vedtakId: decision.id, state: row.state } });
    return klageView(row, decision, null);
  });
}
