// A member saves their review of an item as a draft (issue 13, point 3): scores 1–5 (or none yet) and comments per
// criterion, and an overall comment, replacing what the draft said. Written into the member's seat with the writer's
// own person id (a deputy stepping in writes in the member's place).
//
// When the seat changed hands (the member was recused and the deputy stepped in, or the other way round), the
// newcomer never saw the earlier writer's review and starts afresh: their first save replaces it. The earlier one no
// longer counted anyway (review.ts, reviewCounts), and the audit keeps it.
import { appendAudit } from '../../db/audit-repository.ts';
import { findReview, insertReview, lockReview, replaceScores, updateReviewIfUnchanged } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZReviewInput } from '../../domain/forum/review.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';
import { assertUndecided, ensureCriteria, itemRound, myReviewOut, seatOf } from '../../loaders/forum/review-support.ts';

export async function saveMyReview({ db, actor, itemId, input }: UseCaseContext & { itemId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'score', facts.resource);
    const values = parseInput(ZReviewInput, input);
    const memberId = seatOf(facts, actor)!;
    const personId = actor.personId!;
    const round = await itemRound(tx, item);
    assertUndecided(item);
    const criteria = await ensureCriteria(tx, round.id);

    const known = new Set(criteria.map((c) => c.id));
    const seen = new Set<string>();
    const errors = values.scores.flatMap((s, i) => {
      const problem = !known.has(s.criterionId) ? msg('forum.unknownCriterion') : seen.has(s.criterionId) ? msg('forum.duplicateCriterion') : null;
      seen.add(s.criterionId);
      return problem ? [{ field: `scores.${i}.criterionId`, message: problem }] : [];
    });
    if (errors.length) throw validationError(errors);

    const existing = await lockReview(tx, item.id, memberId);
    const before = existing ? await findReview(tx, item.id, memberId) : undefined;
    const mine = existing?.personId === personId;
    if (existing && mine && existing.submittedAt) throw new AppError('CONFLICT', msg('forum.reviewSubmitted'));
    // The version the writer saw: their own review's, or none when the seat's review is somebody else's.
    if (values.baseVersion !== (existing && mine ? existing.version : 0)) throw staleVersion(msg('forum.theReview'));
    const saved = existing
      ? await updateReviewIfUnchanged(tx, { itemId: item.id, memberId, expectedVersion: existing.version, personId, comment: values.comment })
      : await insertReview(tx, { itemId: item.id, memberId, personId, comment: values.comment });
    if (!saved) throw staleVersion(msg('forum.theReview'));
    await replaceScores(tx, item.id, memberId, values.scores);

    const after = await findReview(tx, item.id, memberId);
    await appendAudit(tx, actor, { action: existing ? 'update' : 'create', entityType: 'forum-review', entityId: `${item.id}:${memberId}`, before: before ?? null, after });
    return myReviewOut(tx, { itemId: item.id, memberId, actor, criteria, review: after });
  });
}
