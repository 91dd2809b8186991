// The secretariat edits a membership: category, deputy and term. A new deputy gets the `forum` role for the office
// and the former deputy loses the grant this membership gave them (never another grant of theirs); a member or
// deputy who has got a user since the appointment gets theirs now.
import { appendAudit } from '../../db/audit-repository.ts';
import { findMember, findMemberWithNames, syncMemberGrants, updateMemberIfUnchanged } from '../../db/forum-member-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { grantedPersons, ZMemberUpdate } from '../../domain/forum/member.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkMemberPeople } from '../../checks/forum/check-member-people.ts';
import { memberOut } from '../../views/forum/member-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateForumMember({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZMemberUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findMember(tx, id);
    if (!before) throw AppError.notFound(msg('forum.member.notFound'));
    assertCan(actor, 'manage-members', { type: 'forum', officeId: before.officeId });
    if (before.endedAt) throw new AppError('CONFLICT', msg('forum.member.ended'));
    if (data.deputyPersonId === before.personId) throw new AppError('VALIDATION', msg('forum.member.deputyIsMember'), { fieldErrors: [{ field: 'deputyPersonId', message: msg('forum.member.deputyIsMember') }] });
    await checkMemberPeople(tx, { deputyPersonId: data.deputyPersonId });
    const grants = await syncMemberGrants(tx, { officeId: before.officeId, grantIds: before.roleGrantIds, personIds: grantedPersons({ personId: before.personId, deputyPersonId: data.deputyPersonId }), grantedBy: actor.userId });
    const saved = await updateMemberIfUnchanged(tx, { id, expectedVersion, values: { ...data, roleGrantIds: grants.grantIds }, at: clock.now() });
    if (!saved) throw staleVersion(msg('forum.theMember'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'forum-member', entityId: id, before, after: { ...saved, grantsMade: grants.added, grantsRevoked: grants.removed } });
    return memberOut((await findMemberWithNames(tx, id))!);
  });
}
