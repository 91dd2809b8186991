// A member's review of an agenda item (issue 13, point 3): per criterion a score 1–5 (or not yet) and a comment, and
// an overall comment. Saved as a draft as often as the member likes; submitted once every criterion has a score.
//
// Blind scoring: a member sees the others' reviews only after submitting their own, so a submitted review cannot be
// changed — the member has seen the others' by then, and a changed score would no longer be an independent one.
// (A reopening, if the forum ever wants one, would have to be the secretariat's act and hide the others again.)
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { zBaseVersion } from '../shared/version.ts';
import { zOptionalText } from '../shared/fields.ts';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const ZScore = z
  .number({ error: msg('forum.scoreRange') })
  .int({ message: msg('forum.scoreRange') })
  .min(SCORE_MIN, { message: msg('forum.scoreRange') })
  .max(SCORE_MAX, { message: msg('forum.scoreRange') })
  .nullable();

export const ZReviewInput = z.strictObject({
  comment: zOptionalText(msg('forum.label.overallComment'), 5000),
  scores: z
    .array(
      z.strictObject({
        criterionId: z.string(),
        score: ZScore,
        comment: zOptionalText(msg('forum.label.criterionComment'), 2000),
      }),
    )
    .max(100),
  /** The review's version the member started from: 0 when none was saved yet. */
  baseVersion: zBaseVersion,
});
export type TReviewInput = z.output<typeof ZReviewInput>;

export const ZReviewSubmit = z.strictObject({ baseVersion: zBaseVersion });

/** The criteria (in their order) that have no score in the review: what keeps it from being submitted. */
export function missingScores<C extends { id: string }>(criteria: readonly C[], scores: readonly { criterionId: string; score: number | null }[]): C[] {
  const scored = new Set(scores.filter((s) => s.score !== null).map((s) => s.criterionId));
  return criteria.filter((c) => !scored.has(c.id));
}

/**
 * Whether a submitted review counts on the item: it was written by the person who now holds the member's seat
 * (`scoresFor`: person → seat, from item-facts.ts). A member recused after submitting (with nobody, or the deputy,
 * in the seat now) no longer counts: an inhabil member takes no part in preparing the item (forvaltningsloven § 6),
 * so neither the others nor the spread see that review.
 */
export function reviewCounts(review: { memberId: string; personId: string; submittedAt: Date | null }, scoresFor: ReadonlyMap<string, string>): boolean {
  return review.submittedAt !== null && scoresFor.get(review.personId) === review.memberId;
}
