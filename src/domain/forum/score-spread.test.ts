import { describe, expect, it } from 'vitest';
import { scoreSpread } from './score-spread.ts';

const criteria = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const review = (scores: Record<string, number | null>) => ({ scores: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })) });

describe('scoreSpread', () => {
  it('gives min, max and mean per criterion, in the criteria’s order', () => {
    const spread = scoreSpread(criteria, [review({ a: 2, b: 5, c: 3 }), review({ a: 4, b: 5, c: 1 }), review({ a: 5, b: 4, c: 1 })]);
    expect(spread).toEqual([
      { criterionId: 'a', count: 3, min: 2, max: 5, mean: 3.7 },
      { criterionId: 'b', count: 3, min: 4, max: 5, mean: 4.7 },
      { criterionId: 'c', count: 3, min: 1, max: 3, mean: 1.7 },
    ]);
  });

  it('leaves empty scores out of the count and the mean', () => {
    expect(scoreSpread([{ id: 'a' }], [review({ a: 3 }), review({ a: null }), review({ a: 4 })])).toEqual([{ criterionId: 'a', count: 2, min: 3, max: 4, mean: 3.5 }]);
  });

  it('a criterion nobody scored (added after the reviews were in) has no min, max or mean', () => {
    expect(scoreSpread(criteria, [review({ a: 1 })])[2]).toEqual({ criterionId: 'c', count: 0, min: null, max: null, mean: null });
  });

  it('with no reviews every criterion is empty', () => {
    expect(scoreSpread(criteria, []).map((s) => s.count)).toEqual([0, 0, 0]);
  });

  it('ignores scores for criteria that are not in the list (deleted since)', () => {
    expect(scoreSpread([{ id: 'a' }], [review({ a: 2, gone: 5 })])).toEqual([{ criterionId: 'a', count: 1, min: 2, max: 2, mean: 2 }]);
  });
});
