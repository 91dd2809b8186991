// The tally of an item's votes (vote-tally.ts): only the seats that may vote now count — not a recused member's
// earlier vote, not an absent member's.
import { describe, expect, it } from 'vitest';
import { itemFacts, type TItemFactRows } from './item-facts.ts';
import { voteTally, votesThatCount } from './vote-tally.ts';

const rows = (over: Partial<TItemFactRows> = {}): TItemFactRows => ({
  officeId: 'troms-og-finnmark',
  members: [
    { id: 'seat-anne', personId: 'anne', deputyPersonId: null },
    { id: 'seat-bo', personId: 'bo', deputyPersonId: null },
    { id: 'seat-cia', personId: 'cia', deputyPersonId: 'vara-cia' },
  ],
  recusals: [],
  attendance: [
    { memberId: 'seat-anne', present: true, byDeputy: false },
    { memberId: 'seat-bo', present: true, byDeputy: false },
    { memberId: 'seat-cia', present: true, byDeputy: true },
  ],
  submittedReviews: [],
  quorum: 1,
  ...over,
});

const votes = [
  { memberId: 'seat-anne', option: 'for' },
  { memberId: 'seat-bo', option: 'mot' },
  { memberId: 'seat-cia', option: 'for' },
];

describe('vote tally', () => {
  it('counts each voting seat once, a deputy’s vote as the seat’s', () => {
    expect(voteTally(votes, itemFacts(rows()))).toEqual({ counts: { for: 2, mot: 1, avstår: 0 }, cast: 3, voters: 3 });
  });

  it('leaves out a recused member’s vote, and the seat from the voters', () => {
    const facts = itemFacts(rows({ recusals: [{ memberId: 'seat-bo', decision: 'confirmed', deputyStepsIn: false }] }));
    expect(voteTally(votes, facts)).toEqual({ counts: { for: 2, mot: 0, avstår: 0 }, cast: 2, voters: 2 });
    expect(votesThatCount(votes, facts).map((v) => v.memberId)).toEqual(['seat-anne', 'seat-cia']);
  });

  it('leaves out an absent member’s vote; no votes is an empty tally', () => {
    const facts = itemFacts(rows({ attendance: [{ memberId: 'seat-anne', present: false, byDeputy: false }] }));
    expect(voteTally(votes, facts)).toEqual({ counts: { for: 0, mot: 0, avstår: 0 }, cast: 0, voters: 0 });
    expect(voteTally([], itemFacts(rows())).cast).toBe(0);
  });
});
