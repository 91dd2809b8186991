// A member (or the deputy in the member's place) casts or changes a vote on an agenda item: for, mot or avstår.
// Only a voter on the item — present and not recused (item-facts.ts) — may; never the secretariat, never the admin
// by that role (a personal act). The vote is the member's seat, written with the name of whoever cast it; it may be
// changed until the item is decided. Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { upsertVote } from '../../db/forum-innstilling-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { assertVoteOpen } from '../../domain/forum/decision.ts';
import { ZVoteInput } from '../../domain/forum/innstilling-contract.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';

export async function castVote({ db, actor, clock, itemId, input }: UseCaseContext & { itemId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'vote', facts.resource);
    const { option } = parseInput(ZVoteInput, input);
    assertVoteOpen(item.decidedAt !== null);
    // The policy let the actor through as a voter, so they hold a seat on this item.
    const memberId = facts.votesFor.get(actor.personId ?? '')!;
    const before = await upsertVote(tx, { itemId: item.id, memberId, personId: actor.personId!, option, at: clock.now() });
    await appendAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'forum-vote',
      entityId: `${item.id}:${memberId}`,
      before: before ? { option: before.option } : null,
      after: { option },
    });
    return { itemId: item.id, option };
  });
}
