// Grants one partnership a later deadline in a round (replacing an earlier extension). Recorded with who, when
// and why, here and in the audit log; the submit use case honours it.
import { appendAudit } from '../../db/audit-repository.ts';
import { findExtension, saveExtension } from '../../db/behovsmelding-round-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { osloLocalToInstant } from '../../domain/behovsmelding/round-deadline.ts';
import { ZExtensionInput } from '../../domain/behovsmelding/round.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { extensionOut } from '../../views/behovsmelding/round-view.ts';

export async function grantExtension({ db, actor, clock, roundId, input }: UseCaseContext & { roundId: string; input: unknown }) {
  const data = parseInput(ZExtensionInput, input);
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'extend', { type: 'behovsmelding-round', officeId: round.officeId });
    const p = await findPartnership(tx, data.partnershipId);
    if (!p || p.officeId !== round.officeId) throw validationError([{ field: 'partnershipId', message: msg('behovsmelding.partnershipNotInOffice') }]);
    if (osloLocalToInstant(data.untilLocal).getTime() <= osloLocalToInstant(round.deadlineLocal).getTime())
      throw validationError([{ field: 'untilLocal', message: msg('behovsmelding.extensionAfterDeadline') }]);
    const before = await findExtension(tx, roundId, data.partnershipId);
    const values = { roundId, partnershipId: data.partnershipId, untilLocal: data.untilLocal, reason: data.reason, grantedByName: actor.name, grantedAt: clock.now() };
    await saveExtension(tx, values);
    await appendAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'behovsmelding-extension', entityId: `${roundId}:${data.partnershipId}`, before: before ?? null, after: values });
    // The office's case officers grant it, and they see the reason.
    return extensionOut(values, p.name, true);
  });
}
