// The secretariat records how the forum adopted an agenda item: by consensus (its wording), or by vote — the counts
// of the votes members cast, or counts entered when the forum voted by show of hands — with any dissent, which the
// innstilling prints. Needs a quorate meeting; a personal act (no admin pass). Counts never exceed the voters present
// and not recused; a decided item is locked (decision.ts). Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import { listVotes, recordDecision as writeDecision } from '../../db/forum-innstilling-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { decide } from '../../domain/forum/decision.ts';
import type { ItemDecision } from '../../domain/forum/innstilling-contract.ts';
import { votesThatCount } from '../../domain/forum/vote-tally.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';

export async function recordDecision({ db, actor, clock, itemId, input }: UseCaseContext & { itemId: string; input: unknown }): Promise<ItemDecision> {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'record-decision', facts.resource);
    // Only the votes of those who may vote now count (a vote cast before a recusal was confirmed does not): the same
    // rule as the tally the decision form is pre-filled from.
    const castVotes = votesThatCount(await listVotes(tx, item.id), facts);
    const decision = decide(input, { voters: facts.voters, castVotes, alreadyDecided: item.decidedAt !== null });
    const at = clock.now();
    const after = await writeDecision(tx, item.id, decision, at);
    if (!after) throw new AppError('CONFLICT', msg('forum.decision.locked'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'forum-item-decision', entityId: item.id, before: { decisionKind: null }, after: decision });
    return { itemId: item.id, kind: decision.kind, text: decision.text, counts: decision.counts, dissent: decision.dissent, decidedAt: at.toISOString() };
  });
}
