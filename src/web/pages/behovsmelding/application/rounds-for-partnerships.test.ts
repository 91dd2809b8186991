import { describe, expect, it } from 'vitest';
import { roundsForPartnerships } from './round-partnerships.ts';

describe('roundsForPartnerships (the rounds "Ny behovsmelding" offers)', () => {
  const rounds = [
    { id: 'kl-troms', officeId: 'troms', schemeId: 'kompetanseloftet' },
    { id: 'dekomp-troms', officeId: 'troms', schemeId: 'dekomp' },
    { id: 'kl-nordland', officeId: 'nordland', schemeId: 'kompetanseloftet' },
  ];
  const ids = (ps: { officeId: string; schemeId: string | null }[]) => roundsForPartnerships(rounds, ps).map((r) => r.id);

  it('Finding 7(c): offers only rounds of the partnership’s office and scheme', () => {
    expect(ids([{ officeId: 'troms', schemeId: 'kompetanseloftet' }])).toEqual(['kl-troms']);
  });

  it('Finding 7(c): a partnership without a scheme is offered every round of its office', () => {
    expect(ids([{ officeId: 'troms', schemeId: null }])).toEqual(['kl-troms', 'dekomp-troms']);
    expect(ids([])).toEqual([]);
  });
});
