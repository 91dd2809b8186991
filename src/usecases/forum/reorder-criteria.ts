// The secretariat puts a round's criteria in a new order (issue 13, point 3): the order members score them in and
// the innstilling lists them in. The new order must name every criterion once — a list that misses one was made
// from a stale page.
import { appendAudit } from '../../db/audit-repository.ts';
import { listCriteria, lockRound, setCriteriaOrder } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { isPermutationOf, ZCriteriaOrder } from '../../domain/forum/criteria.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';
import { criterionOut, ensureCriteria } from '../../loaders/forum/review-support.ts';

export async function reorderCriteria({ db, actor, roundId, input }: UseCaseContext & { roundId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'edit-criteria', { type: 'forum', officeId: round.officeId });
    const { ids } = parseInput(ZCriteriaOrder, input);
    await lockRound(tx, round.id);
    const before = await ensureCriteria(tx, round.id);
    if (!isPermutationOf(ids, before.map((c) => c.id))) throw new AppError('CONFLICT', msg('forum.criteriaOrderMismatch'));
    await setCriteriaOrder(tx, ids);
    const after = await listCriteria(tx, round.id);
    await appendAudit(tx, actor, {
      action: 'reorder',
      entityType: 'forum-criteria',
      entityId: round.id,
      before: before.map((c) => c.id),
      after: after.map((c) => c.id),
    });
    return { criteria: after.map(criterionOut), mayEdit: true };
  });
}
