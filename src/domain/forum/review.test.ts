import { describe, expect, it } from 'vitest';
import { missingScores, reviewCounts } from './review.ts';

describe('missingScores', () => {
  const criteria = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('names the criteria without a score, in the criteria’s order; an empty score is missing', () => {
    expect(missingScores(criteria, [{ criterionId: 'b', score: 4 }, { criterionId: 'c', score: null }])).toEqual([{ id: 'a' }, { id: 'c' }]);
  });
  it('is empty when every criterion has a score', () => {
    expect(missingScores(criteria, criteria.map((c) => ({ criterionId: c.id, score: 1 })))).toEqual([]);
  });
});

describe('reviewCounts', () => {
  const seats = new Map([['deputy', 'seat-1']]);
  const at = new Date('2030-01-01T00:00:00Z');
  it('counts a submitted review written by whoever holds the seat now', () => {
    expect(reviewCounts({ memberId: 'seat-1', personId: 'deputy', submittedAt: at }, seats)).toBe(true);
  });
  it('does not count a draft', () => {
    expect(reviewCounts({ memberId: 'seat-1', personId: 'deputy', submittedAt: null }, seats)).toBe(false);
  });
  it('does not count the review of a member recused since (the deputy holds the seat, or nobody does)', () => {
    expect(reviewCounts({ memberId: 'seat-1', personId: 'member', submittedAt: at }, seats)).toBe(false);
    expect(reviewCounts({ memberId: 'seat-2', personId: 'other', submittedAt: at }, seats)).toBe(false);
  });
});
