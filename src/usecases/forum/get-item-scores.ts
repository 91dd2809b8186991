// The members' scores and comments on an item (issue 13, point 3), as the actor may see them.
//
// - The secretariat (and the admin, who reads everything but scores nothing): every review that counts, side by side
//   with the spread per criterion, and how far each seat has come.
// - A member who may score the item: their own review always; the others' and the spread only once their own is
//   submitted. Before that the answer is 200 with no one else's scores — the member is entitled to the page, not yet
//   to its other half — so blind scoring holds in the API, not just on the screen.
// - A recused member (and anyone else not named): 403. An inhabil member takes no part in preparing the item
//   (forvaltningsloven § 6), so the scores are not theirs to open at all, not even as an empty list.
// Drafts are never shown to anyone but their writer: a draft is not yet the member's judgement.
import type { DbOrTx } from '../../db/client.ts';
import { listReviews, seatNames, type ReviewWithScores } from '../../db/forum-review-repository.ts';
import { can } from '../../domain/access/policy.ts';
import type { TItemFacts } from '../../domain/forum/item-facts.ts';
import type { ItemScores, REVIEW_PROGRESS } from '../../domain/forum/review-contract.ts';
import { reviewCounts } from '../../domain/forum/review.ts';
import { scoreSpread } from '../../domain/forum/score-spread.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';
import { criterionOut, ensureCriteria, itemRound, reviewViews, seatOf } from '../../loaders/forum/review-support.ts';

export async function getItemScores({ db, actor, itemId }: UseCaseContext & { itemId: string }): Promise<ItemScores> {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    const reviews = await listReviews(tx, item.id);
    const resource = facts.resource;
    const othersShown = can(actor, 'read-scores', resource);
    if (!othersShown && !can(actor, 'score', resource)) throw AppError.forbidden();
    const round = await itemRound(tx, item);
    const criteria = await ensureCriteria(tx, round.id);

    const seat = seatOf(facts, actor);
    const own = reviews.find((r) => r.memberId === seat && r.personId === actor.personId);
    const counted = reviews.filter((r) => reviewCounts(r, facts.scoresFor));
    const [mine] = own ? await reviewViews(tx, [own], criteria) : [];
    return {
      itemId: item.id,
      criteria: criteria.map(criterionOut),
      mine: mine ?? null,
      othersShown,
      reviews: othersShown ? await reviewViews(tx, counted, criteria) : [],
      spread: othersShown ? scoreSpread(criteria, counted) : [],
      progress: can(actor, 'assess', resource) ? await progressOf(tx, facts, reviews) : null,
      assessment: item.assessment,
      version: item.version,
    };
  });
}

type Progress = (typeof REVIEW_PROGRESS)[number];

/** Per serving member: not started, a draft, submitted — or recused, when nobody holds the seat on this item. */
async function progressOf(tx: DbOrTx, facts: TItemFacts, reviews: readonly ReviewWithScores[]) {
  const seats = [...new Set(facts.memberOf.values())];
  const holderOf = new Map([...facts.scoresFor].map(([personId, memberId]) => [memberId, personId]));
  const names = await seatNames(tx, seats, []);
  return seats
    .map((memberId) => {
      const holder = holderOf.get(memberId);
      const review = reviews.find((r) => r.memberId === memberId && r.personId === holder);
      const status: Progress = holder === undefined ? 'inhabil' : review?.submittedAt ? 'sendt' : review ? 'utkast' : 'ikke-startet';
      const member = names.member.get(memberId);
      return { memberId, memberName: member?.name ?? '', organisationName: member?.organisationName ?? '', status };
    })
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'nb'));
}
