// The secretariat deletes an estimate entered by mistake (issue 13, point 4). Only an estimate nothing rests on: a
// confirmed frame came from a letter and is corrected instead; a round shows its year's frame; reservations of
// earlier promises count against it. Audited with what the frame was.
import { appendAudit } from '../../db/audit-repository.ts';
import { deleteFrame, lockFrame } from '../../db/forum-frame-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { frameDeleteBlocker } from '../../domain/forum/frame.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadFrameUse } from '../../loaders/forum/load-frame-use.ts';
import { frameSnapshot } from '../../views/forum/frame-view.ts';
import type { UseCaseContext } from '../context.ts';
import { checkedFrameKey } from '../../checks/forum/check-frame-key.ts';

export async function deleteBudgetFrame({ db, actor, officeId, schemeId, year }: UseCaseContext & { officeId: string; schemeId: string; year: string | number }) {
  assertCan(actor, 'edit', { type: 'budget-frame', officeId });
  await db.transaction(async (tx) => {
    const key = await checkedFrameKey(tx, { officeId, schemeId, year });
    const before = await lockFrame(tx, key);
    if (!before) throw AppError.notFound(msg('forum.frame.notFound'));
    const use = (await loadFrameUse(tx, key.officeId))(key);
    const blocker = frameDeleteBlocker({ confirmed: before.confirmed, roundTitle: use.round?.title ?? null, reservationCount: use.reservationCount });
    if (blocker) throw new AppError('CONFLICT', blocker);
    await deleteFrame(tx, key);
    await appendAudit(tx, actor, { action: 'delete', entityType: 'budget-frame', entityId: `${key.officeId}/${key.schemeId}/${key.year}`, before: frameSnapshot(before), after: null });
  });
}
