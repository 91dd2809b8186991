// A member submits their review of an item (issue 13, point 3): every criterion of the round must have a score, or
// the answer names the ones missing. From then on the member sees the others' reviews, and their own is final
// (review.ts says why there is no reopening).
import { appendAudit } from '../../db/audit-repository.ts';
import { findReview, lockReview, markReviewSubmitted } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { missingScores, ZReviewSubmit } from '../../domain/forum/review.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';
import { assertUndecided, ensureCriteria, itemRound, myReviewOut, seatOf } from '../../loaders/forum/review-support.ts';

export async function submitMyReview({ db, actor, clock, itemId, input }: UseCaseContext & { itemId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'score', facts.resource);
    const { baseVersion } = parseInput(ZReviewSubmit, input);
    const memberId = seatOf(facts, actor)!;
    const round = await itemRound(tx, item);
    assertUndecided(item);
    const criteria = await ensureCriteria(tx, round.id);

    const locked = await lockReview(tx, item.id, memberId);
    // Somebody else's review in the seat is not the actor's to submit: as far as they are concerned there is none.
    const before = locked && locked.personId === actor.personId ? await findReview(tx, item.id, memberId) : undefined;
    if (before?.submittedAt) throw new AppError('CONFLICT', msg('forum.reviewSubmitted'));
    const missing = missingScores(criteria, before?.scores ?? []);
    if (missing.length)
      throw new AppError('VALIDATION', msg('forum.reviewMissingScores', { criteria: missing.map((c) => `«${c.title}»`).join(', ') }), {
        fieldErrors: missing.map((c) => ({ field: `scores.${c.id}`, message: msg('forum.scoreMissing', { title: c.title }) })),
        details: { missingCriterionIds: missing.map((c) => c.id) },
      });
    if (!before || before.version !== baseVersion) throw staleVersion(msg('forum.theReview'));
    const submitted = await markReviewSubmitted(tx, { itemId: item.id, memberId, expectedVersion: baseVersion, at: clock.now() });
    if (!submitted) throw staleVersion(msg('forum.theReview'));

    const after = await findReview(tx, item.id, memberId);
    await appendAudit(tx, actor, { action: 'submit', entityType: 'forum-review', entityId: `${item.id}:${memberId}`, before, after });
    return myReviewOut(tx, { itemId: item.id, memberId, actor, criteria, review: after });
  });
}
