// The secretariat enters or corrects an office's frame for a scheme and year from the allocation letter, or an
// estimate for a later year (issue 13, point 4). A new frame is entered with no version, a stored one edited from
// its version: two people entering the same year at once get a conflict, not a silent overwrite. Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertFrame, lockFrame, updateFrameIfUnchanged } from '../../db/forum-frame-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZFrameInput } from '../../domain/forum/frame.ts';
import type { Frame } from '../../domain/forum/frames-contract.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { loadFrameUse } from '../../loaders/forum/load-frame-use.ts';
import { frameOut, frameSnapshot } from '../../views/forum/frame-view.ts';
import type { UseCaseContext } from '../context.ts';
import { checkedFrameKey } from '../../checks/forum/check-frame-key.ts';

export async function setBudgetFrame({
  db,
  actor,
  clock,
  officeId,
  schemeId,
  year,
  input,
}: UseCaseContext & { officeId: string; schemeId: string; year: string | number; input: unknown }): Promise<Frame> {
  assertCan(actor, 'edit', { type: 'budget-frame', officeId });
  const { expectedVersion, ...values } = parseInput(ZFrameInput, input);
  return db.transaction(async (tx) => {
    const key = await checkedFrameKey(tx, { officeId, schemeId, year });
    const before = await lockFrame(tx, key);
    // No version: the user saw no frame; a version: the user saw that one. Anything else changed in between.
    if ((expectedVersion === null) !== (before === undefined)) throw staleVersion(msg('forum.frame.theFrame'));
    const after =
      expectedVersion === null ? await insertFrame(tx, key, values, clock.now()) : await updateFrameIfUnchanged(tx, key, expectedVersion, values, clock.now());
    if (!after) throw staleVersion(msg('forum.frame.theFrame'));
    await appendAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'budget-frame',
      entityId: `${key.officeId}/${key.schemeId}/${key.year}`,
      before: frameSnapshot(before),
      after: frameSnapshot(after),
    });
    return frameOut(after, (await loadFrameUse(tx, key.officeId))(key));
  });
}
