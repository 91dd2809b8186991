// A member's own review of an item (issue 13, point 3): for the seat they act for — their own, or the member's as
// the deputy stepping in. Only those who may score the item get it: a recused member, the secretariat and the admin
// do not (403).
import { findReview } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';
import { ensureCriteria, itemRound, myReviewOut, seatOf } from '../../loaders/forum/review-support.ts';

export async function getMyReview({ db, actor, itemId }: UseCaseContext & { itemId: string }) {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'score', facts.resource);
    const memberId = seatOf(facts, actor)!;
    const round = await itemRound(tx, item);
    const criteria = await ensureCriteria(tx, round.id);
    const review = await findReview(tx, item.id, memberId);
    return myReviewOut(tx, { itemId: item.id, memberId, actor, criteria, review });
  });
}
