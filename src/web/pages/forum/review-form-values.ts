// A member's review of an item as the form holds it (issue 13, point 3): per criterion the chosen score ('' = none
// yet) and a comment, plus an overall comment; and the body the API takes. Field names follow the server's error
// paths: `scores.<criterionId>` for a missing score (submit-my-review.ts), `scores.<index>.comment` for a comment.
import type { FieldError } from '../../api.ts';
import type { Criterion, ReviewView } from '../../../domain/forum/review-contract.ts';
import { missingScores, SCORE_MAX, SCORE_MIN } from '../../../domain/forum/review.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type ReviewFormValues = {
  comment: string;
  scores: Record<string, { score: string; comment: string }>;
};

export const SCORES: readonly string[] = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));

export function reviewValues(criteria: readonly Criterion[], review: ReviewView | null): ReviewFormValues {
  const saved = new Map((review?.scores ?? []).map((s) => [s.criterionId, s]));
  return {
    comment: review?.comment ?? '',
    scores: Object.fromEntries(
      criteria.map((c) => {
        const s = saved.get(c.id);
        return [c.id, { score: s?.score == null ? '' : String(s.score), comment: s?.comment ?? '' }];
      }),
    ),
  };
}

export function reviewBody(criteria: readonly Criterion[], values: ReviewFormValues, baseVersion: number) {
  return {
    comment: values.comment,
    scores: criteria.map((c) => {
      const v = values.scores[c.id];
      return { criterionId: c.id, score: v?.score ? Number(v.score) : null, comment: v?.comment ?? '' };
    }),
    baseVersion,
  };
}

/** What keeps the review from being submitted: one error per criterion without a score, linking to its radios. */
export function missingScoreErrors(criteria: readonly Criterion[], body: { scores: readonly { criterionId: string; score: number | null }[] }): FieldError[] {
  return missingScores(criteria, body.scores).map((c) => ({ field: `scores.${c.id}`, message: msg('forum.scoreMissing', { title: c.title }) }));
}

/** "3,7" — the spread's mean as the forum reads it; a dash where nobody scored. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}

/** An Oslo wall-clock time `2031-01-15T10:00:00` as `15.01.2031` and `10:00`, without turning it into an instant. */
export function meetingTimeParts(local: string): { date: string; time: string } {
  const [date = '', time = ''] = local.split('T');
  const [y, m, d] = date.split('-');
  return { date: `${d}.${m}.${y}`, time: time.slice(0, 5) };
}
