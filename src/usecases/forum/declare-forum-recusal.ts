// A member declares themself inhabil on an item, with a reason (forvaltningsloven § 6; the forum decides it). From
// now until the forum rejects it the member neither prepares nor decides the item (item-facts.ts). A deputy acting
// for the member declares for the member's seat. Declaring again (say after a proposal) makes it the member's own
// declaration, pending the forum's decision anew.
import { appendAudit } from '../../db/audit-repository.ts';
import { findMemberWithNames } from '../../db/forum-member-repository.ts';
import { findRecusal, saveDeclaredRecusal } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZDeclareRecusal } from '../../domain/forum/recusal.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import { recusalOut } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function declareForumRecusal({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const data = parseInput(ZDeclareRecusal, input);
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, id);
    assertCan(actor, 'declare-recusal', facts.resource);
    // The admin passes the policy but holds no seat: only a member (or deputy) declares.
    const memberId = actor.personId ? facts.memberOf.get(actor.personId) : undefined;
    if (!memberId) throw new AppError('FORBIDDEN', msg('forum.notMember'));
    const before = await findRecusal(tx, item.id, memberId);
    const saved = await saveDeclaredRecusal(tx, { itemId: item.id, memberId, reason: data.reason });
    await appendAudit(tx, actor, { action: 'declare-recusal', entityType: 'forum-recusal', entityId: `${item.id}:${memberId}`, before: before ?? null, after: saved });
    const member = (await findMemberWithNames(tx, memberId))!;
    return recusalOut(saved, member.personName, member.organisationName);
  });
}
