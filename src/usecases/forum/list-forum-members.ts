// The office's forum members with the names of person, organisation and deputy, serving ones first; ended members
// stay listed with `endedAt` (the minutes of earlier meetings name them).
import { listMembersOfOffice } from '../../db/forum-member-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { memberOut } from '../../views/forum/member-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listForumMembers({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const forum = { type: 'forum', officeId } as const;
  assertCan(actor, 'read', forum);
  const rows = await listMembersOfOffice(db, officeId);
  return { members: rows.map(memberOut), allowed: allowedVerbs(actor, forum) };
}
