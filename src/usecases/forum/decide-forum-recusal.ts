// The secretariat records the forum's decision on a member's recusal: confirmed (the member stays out of the item;
// the deputy may step in) or rejected (the member takes part). The time is kept, so the minutes and the innstilling
// say when the forum decided it.
import { appendAudit } from '../../db/audit-repository.ts';
import { findMemberWithNames } from '../../db/forum-member-repository.ts';
import { decideRecusal, findRecusal } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZDecideRecusal } from '../../domain/forum/recusal.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import { recusalOut } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function decideForumRecusal({ db, actor, clock, id, memberId, input }: UseCaseContext & { id: string; memberId: string; input: unknown }) {
  const data = parseInput(ZDecideRecusal, input);
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, id);
    assertCan(actor, 'decide-recusal', facts.resource);
    const before = await findRecusal(tx, item.id, memberId);
    if (!before) throw AppError.notFound(msg('forum.recusal.notFound'));
    const member = (await findMemberWithNames(tx, memberId))!;
    if (data.deputyStepsIn && !member.member.deputyPersonId) throw validationError([{ field: 'deputyStepsIn', message: msg('forum.recusal.noDeputy') }]);
    const saved = await decideRecusal(tx, { itemId: item.id, memberId, decision: data.decision, deputyStepsIn: data.deputyStepsIn, at: clock.now() });
    if (!saved) throw AppError.notFound(msg('forum.recusal.notFound'));
    await appendAudit(tx, actor, { action: 'decide-recusal', entityType: 'forum-recusal', entityId: `${item.id}:${memberId}`, before, after: saved });
    return recusalOut(saved, member.personName, member.organisationName);
  });
}
