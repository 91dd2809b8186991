// The secretariat appoints a member of the office's samarbeidsforum: the person, the organisation they represent,
// the category, a deputy (vara) and a term. The member and the deputy get the `forum` role for the office (when they
// have a user), and the membership remembers those grants so ending it takes back exactly them. Statsforvalteren's
// own people lead the secretariat and do not vote: they are refused as member or deputy.
import { appendAudit } from '../../db/audit-repository.ts';
import { findActiveMemberships, findMemberWithNames, insertMember, officeExists, syncMemberGrants, updateMemberIfUnchanged } from '../../db/forum-member-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { grantedPersons, ZMemberInput } from '../../domain/forum/member.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { checkMemberPeople } from '../../checks/forum/check-member-people.ts';
import { memberOut } from '../../views/forum/member-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function appointForumMember({ db, actor, clock, officeId, input }: UseCaseContext & { officeId: string; input: unknown }) {
  const data = parseInput(ZMemberInput, input);
  return db.transaction(async (tx) => {
    assertCan(actor, 'manage-members', { type: 'forum', officeId });
    if (!(await officeExists(tx, officeId))) throw AppError.notFound();
    const { organisationId, personName } = await checkMemberPeople(tx, data);
    // One seat per person: a second membership would give the person two votes.
    if ((await findActiveMemberships(tx, officeId, data.personId)).length) {
      const message = msg('forum.member.alreadyServing', { name: personName });
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'personId', message }] });
    }
    const now = clock.now();
    const inserted = await insertMember(tx, { ...data, organisationId, officeId, roleGrantIds: [], createdAt: now, updatedAt: now });
    const grants = await syncMemberGrants(tx, { officeId, grantIds: [], personIds: grantedPersons(data), grantedBy: actor.userId });
    // Version 1 → 2 is the membership's own bookkeeping of its grants, in the same transaction.
    await updateMemberIfUnchanged(tx, { id: inserted.id, expectedVersion: inserted.version, values: { roleGrantIds: grants.grantIds }, at: now });
    const after = await findMemberWithNames(tx, inserted.id);
    if (!after) throw new Error('the member just written is gone');
    await appendAudit(tx, actor, { action: 'create', entityType: 'forum-member', entityId: inserted.id, before: null, after: { ...after.member, grantsMade: grants.added } });
    return memberOut(after);
  });
}
