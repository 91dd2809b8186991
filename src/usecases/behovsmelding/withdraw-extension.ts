// The office takes back a partnership's extension in a round (given by mistake, or its reason fell away): the
// partnership is held to the round's deadline again, and may no longer start or submit after it. Audited with what
// the extension was (issue 12).
import { appendAudit } from '../../db/audit-repository.ts';
import { deleteExtension, findExtension } from '../../db/behovsmelding-round-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

export async function withdrawExtension({ db, actor, roundId, partnershipId }: UseCaseContext & { roundId: string; partnershipId: string }) {
  await db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'withdraw-extension', { type: 'behovsmelding-round', officeId: round.officeId });
    const before = isUuid(partnershipId) ? await findExtension(tx, roundId, partnershipId) : undefined;
    if (!before) throw AppError.notFound(msg('behovsmelding.extensionNotFound'));
    await deleteExtension(tx, roundId, partnershipId);
    await appendAudit(tx, actor, { action: 'delete', entityType: 'behovsmelding-extension', entityId: `${roundId}:${partnershipId}`, before, after: null });
  });
}
