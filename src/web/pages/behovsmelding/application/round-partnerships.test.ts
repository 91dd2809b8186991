import { describe, expect, it } from 'vitest';
import { partnershipsForRound } from './round-partnerships.ts';

describe('partnershipsForRound', () => {
  const ps = [
    { id: 'a', officeId: 'troms', schemeId: 'kompetanseloftet' },
    { id: 'b', officeId: 'troms', schemeId: null },
    { id: 'c', officeId: 'troms', schemeId: 'dekomp' },
    { id: 'd', officeId: 'nordland', schemeId: 'kompetanseloftet' },
  ];
  it('keeps the round office’s partnerships of its scheme (or of no scheme)', () => {
    expect(partnershipsForRound(ps, { officeId: 'troms', schemeId: 'kompetanseloftet' }).map((p) => p.id)).toEqual(['a', 'b']);
    expect(partnershipsForRound(ps, undefined)).toEqual([]);
  });
});
