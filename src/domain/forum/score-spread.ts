// The spread of the members' scores per criterion (issue 13, point 3): what the secretariat puts side by side with
// the comments, so the forum talks about where it disagrees. Pure; empty scores do not count.

export type TScoreSpread = {
  criterionId: string;
  /** How many reviews scored the criterion. */
  count: number;
  /** Null when nobody scored it. */
  min: number | null;
  max: number | null;
  /** Rounded to one decimal, as the forum reads it ("3,7"). */
  mean: number | null;
};

/** One line per criterion, in the criteria's order, over the scores of the given reviews. */
export function scoreSpread(
  criteria: readonly { id: string }[],
  reviews: readonly { scores: readonly { criterionId: string; score: number | null }[] }[],
): TScoreSpread[] {
  return criteria.map(({ id }) => {
    const values = reviews.flatMap((r) => r.scores.filter((s) => s.criterionId === id && s.score !== null).map((s) => s.score as number));
    if (values.length === 0) return { criterionId: id, count: 0, min: null, max: null, mean: null };
    const sum = values.reduce((a, b) => a + b, 0);
    return {
      criterionId: id,
      count: values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      mean: Math.round((sum / values.length) * 10) / 10,
    };
  });
}
