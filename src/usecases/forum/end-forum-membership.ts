// The secretariat ends a membership: it is kept (the minutes of earlier meetings name the member) with `ended_at`,
// and the `forum` role grants it made are revoked — exactly those, so a grant of the same role the person holds for
// another reason stays.
import { appendAudit } from '../../db/audit-repository.ts';
import { findMember, findMemberWithNames, syncMemberGrants, updateMemberIfUnchanged } from '../../db/forum-member-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { memberOut } from '../../views/forum/member-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function endForumMembership({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const before = await findMember(tx, id);
    if (!before) throw AppError.notFound(msg('forum.member.notFound'));
    assertCan(actor, 'manage-members', { type: 'forum', officeId: before.officeId });
    if (before.endedAt) throw new AppError('CONFLICT', msg('forum.member.ended'));
    const now = clock.now();
    const grants = await syncMemberGrants(tx, { officeId: before.officeId, grantIds: before.roleGrantIds, personIds: [], grantedBy: actor.userId });
    const saved = await updateMemberIfUnchanged(tx, { id, expectedVersion: before.version, values: { endedAt: now, roleGrantIds: grants.grantIds }, at: now });
    if (!saved) throw staleVersion(msg('forum.theMember'));
    await appendAudit(tx, actor, { action: 'end', entityType: 'forum-member', entityId: id, before, after: { ...saved, grantsRevoked: grants.removed } });
    return memberOut((await findMemberWithNames(tx, id))!);
  });
}
