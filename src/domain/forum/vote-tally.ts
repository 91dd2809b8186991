// The votes that count on an agenda item, and their tally (issue 13, point 5). Only the seats that may vote now —
// present and not recused, or a deputy in the seat (item-facts.ts) — count: a vote cast before a recusal was
// confirmed, or by a member later recorded absent, stays stored but is not counted. Recording the decision
// (record-decision.ts) and the tally the secretariat's decision form is pre-filled from (get-item-votes.ts) count by
// this one rule, so the form never proposes counts the recording would refuse.
import { countVotes, type TVoteCounts } from './decision.ts';
import type { TItemFacts } from './item-facts.ts';

export type TVoteTally = {
  /** Per option, the votes of the seats that may vote. */
  counts: TVoteCounts;
  /** How many of those seats have voted. */
  cast: number;
  /** How many seats may vote on the item. */
  voters: number;
};

/** The stored votes of the seats that may vote on the item now. */
export function votesThatCount<V extends { memberId: string }>(votes: readonly V[], facts: Pick<TItemFacts, 'votesFor'>): V[] {
  const voterSeats = new Set(facts.votesFor.values());
  return votes.filter((v) => voterSeats.has(v.memberId));
}

export function voteTally(votes: readonly { memberId: string; option: string }[], facts: Pick<TItemFacts, 'votesFor' | 'voters'>): TVoteTally {
  const counting = votesThatCount(votes, facts);
  const counts = countVotes(counting);
  return { counts, cast: counts.for + counts.mot + counts.avstår, voters: facts.voters };
}
