// The forum's settings for an office: how many voting members must be present (the quorum; 1 until set).
import { findSetting } from '../../db/forum-member-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function getForumSettings({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const forum = { type: 'forum', officeId } as const;
  assertCan(actor, 'read', forum);
  const row = await findSetting(db, officeId);
  return { settings: { officeId, quorum: row?.quorum ?? 1, version: row?.version ?? 0 }, allowed: allowedVerbs(actor, forum) };
}
