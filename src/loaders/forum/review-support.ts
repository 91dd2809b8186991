// What the review's use cases share (issue 13, point 3): a round's criteria (seeded on first need), the round an
// item is weighed in, the seat the actor acts for, and the answers' shapes.
import type { DbOrTx } from '../../db/client.ts';
import {
  findApplicationRound,
  insertCriteria,
  listCriteria,
  lockRound,
  seatNames,
  type CriterionRow,
  type ReviewWithScores,
} from '../../db/forum-review-repository.ts';
import type { LoadedItem } from './load-item.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { seedCriteria } from '../../domain/forum/criteria.ts';
import type { TItemFacts } from '../../domain/forum/item-facts.ts';
import type { Criterion, MyReview, ReviewView } from '../../domain/forum/review-contract.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

/**
 * The round's criteria, seeded from the defaults the first time anyone needs them (reading the list, or reviewing an
 * item). The round's row is locked while seeding, so two first readers do not seed twice. Seeding is not audited:
 * it is the scheme's default, nobody's act; every change after it is. The last criterion cannot be deleted
 * (delete-criterion.ts), so a seeded round never comes back here empty.
 */
export async function ensureCriteria(tx: DbOrTx, roundId: string): Promise<CriterionRow[]> {
  const existing = await listCriteria(tx, roundId);
  if (existing.length) return existing;
  const round = await lockRound(tx, roundId);
  if (!round) throw AppError.notFound(msg('behovsmelding.roundNotFound'));
  const again = await listCriteria(tx, roundId);
  if (again.length) return again;
  return insertCriteria(tx, roundId, seedCriteria(round.longTermPlanUrl));
}

export const criterionOut = (c: CriterionRow): Criterion => ({ id: c.id, position: c.position, title: c.title, description: c.description });

type Item = LoadedItem['item'];

/** The round whose criteria weigh the item: its application's round. A topic item has no review. */
export async function itemRound(tx: DbOrTx, item: Item) {
  if (item.kind !== 'application' || !item.applicationId) throw new AppError('VALIDATION', msg('forum.reviewNotApplication'));
  const round = await findApplicationRound(tx, item.applicationId);
  if (!round) throw AppError.notFound(msg('forum.itemNotFound'));
  return round;
}

/** Once the forum has decided the item, neither the reviews nor the assessment change: they are what it decided on. */
export function assertUndecided(item: Item): void {
  if (item.decidedAt !== null) throw new AppError('CONFLICT', msg('forum.itemDecided'));
}

/** The member seat the actor scores for on this item (their own, or the member's as deputy); undefined for others. */
export const seatOf = (facts: TItemFacts, actor: Actor): string | undefined => (actor.personId ? facts.scoresFor.get(actor.personId) : undefined);

/** The reviews as shown, with the member's and the writer's names. */
export async function reviewViews(tx: DbOrTx, reviews: readonly ReviewWithScores[], criteria: readonly CriterionRow[]): Promise<ReviewView[]> {
  const names = await seatNames(
    tx,
    reviews.map((r) => r.memberId),
    reviews.map((r) => r.personId),
  );
  const order = new Map(criteria.map((c) => [c.id, c.position]));
  return reviews
    .map((r) => {
      const member = names.member.get(r.memberId);
      return {
        memberId: r.memberId,
        memberName: member?.name ?? '',
        organisationName: member?.organisationName ?? '',
        writtenByName: names.person.get(r.personId) ?? '',
        byDeputy: member !== undefined && member.personId !== r.personId,
        comment: r.comment,
        // Scores of criteria deleted since are gone with them (the foreign key cascades); the rest in the list's order.
        scores: r.scores.filter((s) => order.has(s.criterionId)).sort((a, b) => order.get(a.criterionId)! - order.get(b.criterionId)!),
        submittedAt: r.submittedAt?.toISOString() ?? null,
        version: r.version,
      };
    })
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'nb'));
}

/** The actor's own review answer: the seat, the criteria and the review the actor wrote (a review by somebody else in
 * the same seat — the member, before the deputy stepped in — is not the actor's to see). */
export async function myReviewOut(
  tx: DbOrTx,
  input: { itemId: string; memberId: string; actor: Actor; criteria: readonly CriterionRow[]; review: ReviewWithScores | undefined },
): Promise<MyReview> {
  const own = input.review && input.review.personId === input.actor.personId ? input.review : undefined;
  const names = await seatNames(tx, [input.memberId], []);
  const member = names.member.get(input.memberId);
  const [view] = own ? await reviewViews(tx, [own], input.criteria) : [];
  return {
    itemId: input.itemId,
    memberId: input.memberId,
    memberName: member?.name ?? '',
    byDeputy: member !== undefined && member.personId !== input.actor.personId,
    criteria: input.criteria.map(criterionOut),
    review: view ?? null,
  };
}
