// The tally of the votes cast on an agenda item, for the secretariat recording the item's decision (issue 13, point
// 5): per option, the votes of the members present and not recused (vote-tally.ts — the same rule the recording
// counts by), how many have voted and how many may. The decision form is pre-filled from it.
//
// Asked as 'assess', the secretariat's own verb on the item (the office's case officers; not a personal verb, so the
// admin, who reads everything, passes). Not 'record-decision': that one also needs a quorate meeting, and the
// secretariat follows the votes while attendance is still being recorded. No member sees the tally — a recused
// member least of all, who takes no part in the item's decision — as a member casts a vote and the secretariat
// reads out the result.
import { listVotes } from '../../db/forum-innstilling-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { voteTally, type TVoteTally } from '../../domain/forum/vote-tally.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';

export async function getItemVotes({ db, actor, itemId }: Omit<UseCaseContext, 'clock'> & { itemId: string }): Promise<TVoteTally & { itemId: string }> {
  // One snapshot: the facts (who may vote) and the votes read together.
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'assess', facts.resource);
    return { itemId: item.id, ...voteTally(await listVotes(tx, item.id), facts) };
  });
}
