// Who may act on an agenda item (item-facts.ts): a member, a deputy in the member's place, a recused member pending,
// confirmed or rejected, a deputy stepping in for a recused member, and the quorum.
import { describe, expect, it } from 'vitest';
import { itemFacts, type TItemFactRows } from './item-facts.ts';

const ANNE = { id: 'seat-anne', personId: 'anne', deputyPersonId: 'vara-anne' };
const BO = { id: 'seat-bo', personId: 'bo', deputyPersonId: null };

const rows = (over: Partial<TItemFactRows> = {}): TItemFactRows => ({
  officeId: 'troms-og-finnmark',
  members: [ANNE, BO],
  recusals: [],
  attendance: [
    { memberId: 'seat-anne', present: true, byDeputy: false },
    { memberId: 'seat-bo', present: true, byDeputy: false },
  ],
  submittedReviews: [],
  quorum: 2,
  ...over,
});

describe('item facts', () => {
  it('a member present scores and votes for their own seat; both member and deputy may declare for it', () => {
    const f = itemFacts(rows());
    expect(f.scoresFor.get('anne')).toBe('seat-anne');
    expect(f.votesFor.get('anne')).toBe('seat-anne');
    expect(f.scoresFor.has('vara-anne')).toBe(false);
    expect(f.memberOf.get('vara-anne')).toBe('seat-anne');
    expect(f.resource.memberPersonIds).toEqual(['anne', 'vara-anne', 'bo']);
    expect(f.voters).toBe(2);
    expect(f.resource.quorate).toBe(true);
  });

  it('a deputy attending in the member’s place scores and votes for the member’s seat, the member does not', () => {
    const f = itemFacts(rows({ attendance: [{ memberId: 'seat-anne', present: true, byDeputy: true }] }));
    expect(f.scoresFor.get('vara-anne')).toBe('seat-anne');
    expect(f.votesFor.get('vara-anne')).toBe('seat-anne');
    expect(f.scoresFor.has('anne')).toBe(false);
  });

  it('a pending recusal keeps the member out of scoring and voting, but the member may still declare', () => {
    const f = itemFacts(rows({ recusals: [{ memberId: 'seat-anne', decision: 'pending', deputyStepsIn: false }] }));
    expect(f.resource.scorerPersonIds).toEqual(['bo']);
    expect(f.resource.voterPersonIds).toEqual(['bo']);
    expect(f.resource.memberPersonIds).toContain('anne');
  });

  it('a confirmed recusal keeps the member out, and without a deputy stepping in the seat is empty on the item', () => {
    const f = itemFacts(rows({ recusals: [{ memberId: 'seat-anne', decision: 'confirmed', deputyStepsIn: false }] }));
    expect(f.scoresFor.has('anne')).toBe(false);
    expect(f.scoresFor.has('vara-anne')).toBe(false);
    expect(f.voters).toBe(1);
    expect(f.resource.quorate).toBe(false);
  });

  it('a rejected recusal lets the member take part again', () => {
    const f = itemFacts(rows({ recusals: [{ memberId: 'seat-anne', decision: 'rejected', deputyStepsIn: false }] }));
    expect(f.scoresFor.get('anne')).toBe('seat-anne');
    expect(f.votesFor.get('anne')).toBe('seat-anne');
  });

  it('the deputy steps in for a confirmed recused member: scores and votes for the seat while the member is present', () => {
    const f = itemFacts(rows({ recusals: [{ memberId: 'seat-anne', decision: 'confirmed', deputyStepsIn: true }] }));
    expect(f.scoresFor.get('vara-anne')).toBe('seat-anne');
    expect(f.votesFor.get('vara-anne')).toBe('seat-anne');
    expect(f.scoresFor.has('anne')).toBe(false);
    expect(f.resource.quorate).toBe(true);
  });

  it('a member not present scores but does not vote, and the quorum counts only voting seats', () => {
    const f = itemFacts(rows({ attendance: [{ memberId: 'seat-anne', present: true, byDeputy: false }] }));
    expect(f.resource.scorerPersonIds).toEqual(['anne', 'bo']);
    expect(f.resource.voterPersonIds).toEqual(['anne']);
    expect(f.resource.quorate).toBe(false);
    expect(itemFacts(rows({ quorum: 1, attendance: [{ memberId: 'seat-anne', present: true, byDeputy: false }] })).resource.quorate).toBe(true);
  });

  it('a submitted review counts for the person who wrote it, while they hold the seat', () => {
    const byDeputy = [{ memberId: 'seat-anne', present: true, byDeputy: true }];
    // The deputy wrote it in the member's place: the deputy may see the others'.
    expect(itemFacts(rows({ attendance: byDeputy, submittedReviews: [{ memberId: 'seat-anne', personId: 'vara-anne' }] })).resource.submittedPersonIds).toEqual(['vara-anne']);
    // The member had submitted, then the deputy took the seat: the deputy has written nothing and sees nothing yet.
    expect(itemFacts(rows({ attendance: byDeputy, submittedReviews: [{ memberId: 'seat-anne', personId: 'anne' }] })).resource.submittedPersonIds).toEqual([]);
    expect(itemFacts(rows({ submittedReviews: [{ memberId: 'seat-anne', personId: 'anne' }] })).resource.submittedPersonIds).toEqual(['anne']);
  });
});
