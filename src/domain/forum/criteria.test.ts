import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, isPermutationOf, seedCriteria } from './criteria.ts';

describe('seedCriteria', () => {
  it('links the round’s long-term plan in the first criterion only', () => {
    const seeded = seedCriteria('https://example.org/plan');
    expect(seeded[0]!.description).toMatch(/langsiktige plan: https:\/\/example\.org\/plan$/);
    expect(seeded.slice(1)).toEqual(DEFAULT_CRITERIA.slice(1));
  });

  it('without a plan gives the defaults as they are, as copies (a caller cannot change the defaults)', () => {
    const seeded = seedCriteria(null);
    expect(seeded).toEqual(DEFAULT_CRITERIA);
    seeded[0]!.title = 'Endret';
    expect(DEFAULT_CRITERIA[0]!.title).toBe('Forankret i lokale behov');
  });
});

describe('isPermutationOf', () => {
  it('accepts every id once, in any order', () => expect(isPermutationOf(['b', 'a', 'c'], ['a', 'b', 'c'])).toBe(true));
  it('refuses a missing, a repeated or an unknown id', () => {
    expect(isPermutationOf(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'b', 'x'], ['a', 'b', 'c'])).toBe(false);
  });
});
