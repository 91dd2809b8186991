// The secretariat deletes a criterion (issue 13, point 3) — only while no member has scored or commented on it.
//
// Refused rather than cascaded: deleting a scored criterion would silently erase members' written judgements and
// change what a submitted review says after it was submitted (and what the others saw when they read it). The
// secretariat can reword it instead. Empty score rows (a draft that left it blank) go with it. The last criterion
// cannot be deleted either: a round is always weighed by something, and an empty list would be seeded again.
import { appendAudit } from '../../db/audit-repository.ts';
import { criterionHasScores, deleteCriterion as deleteCriterionRow, findCriterion, listCriteria, lockRound, setCriteriaOrder } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';

export async function deleteCriterion({ db, actor, roundId, id }: UseCaseContext & { roundId: string; id: string }) {
  await db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'edit-criteria', { type: 'forum', officeId: round.officeId });
    await lockRound(tx, round.id);
    const before = await findCriterion(tx, id);
    if (!before || before.roundId !== round.id) throw AppError.notFound(msg('forum.criterionNotFound'));
    if (await criterionHasScores(tx, id)) throw new AppError('CONFLICT', msg('forum.criterionHasScores', { title: before.title }));
    const all = await listCriteria(tx, round.id);
    if (all.length <= 1) throw new AppError('CONFLICT', msg('forum.lastCriterion'));
    await deleteCriterionRow(tx, id);
    await setCriteriaOrder(
      tx,
      all.filter((c) => c.id !== id).map((c) => c.id),
    );
    await appendAudit(tx, actor, { action: 'delete', entityType: 'forum-criterion', entityId: id, before, after: null });
  });
}
