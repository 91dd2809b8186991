// The addressee accepts a tilsagn and its conditions (issue 14, point 4; vedtak.accept): the partnership's
// coordinator, once the letter is issued, for a tilsagn with money paid out. Who and when are recorded and audited;
// the next issue's payments wait for it. Accepting twice is a conflict (409) with a clear message, not a second row:
// the acceptance is written only while none is recorded, so two coordinators clicking at once cannot both accept.
import { appendAudit } from '../../db/audit-repository.ts';
import { recordAcceptance } from '../../db/tilsagn-case-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { acceptanceRefusal, type TAcceptanceRefusal } from '../../domain/tilsagn/acceptance.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import type { UseCaseContext } from '../context.ts';

const REFUSALS: Record<TAcceptanceRefusal, () => AppError> = {
  'not-issued': () => new AppError('VALIDATION', msg('tilsagn.accept.notIssued')),
  'nothing-to-accept': () => new AppError('VALIDATION', msg('tilsagn.accept.nothingToAccept')),
  accepted: () => new AppError('CONFLICT', msg('tilsagn.accept.already')),
  superseded: () => new AppError('CONFLICT', msg('tilsagn.accept.superseded')),
};

export async function acceptVedtak({ db, actor, clock, vedtakId }: UseCaseContext & { vedtakId: string }) {
  return db.transaction(async (tx) => {
    // Read first: another partnership (or office) is refused before it learns anything of the decision's state.
    const { decision, acceptance, resource } = await loadDecisionCase(tx, actor, vedtakId, 'read', 'update');
    // Whether this actor could accept it at all (the addressee's coordinator), asked before the state is told.
    assertCan(actor, 'accept', { ...resource, needsAcceptance: true });
    const refusal = acceptanceRefusal(acceptance);
    if (refusal) throw REFUSALS[refusal]();
    assertCan(actor, 'accept', resource);
    const at = clock.now();
    const accepted = await recordAcceptance(tx, { id: decision.id, at, userId: actor.userId, name: actor.name });
    if (!accepted) throw REFUSALS.accepted();
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'vedtak',
      entityId: decision.id,
      before: { acceptedAt: null },
      after: { acceptedAt: at, acceptedByName: actor.name, documentNumber: decision.documentNumber },
    });
    return { vedtakId: decision.id, acceptedAt: at.toISOString(), acceptedByName: actor.name };
  });
}
