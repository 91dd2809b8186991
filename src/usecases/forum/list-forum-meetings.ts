// The office's forum meetings, newest first, with the round each weighs and the size of its agenda.
import { listMeetingsOfOffice } from '../../db/forum-meeting-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function listForumMeetings({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const forum = { type: 'forum', officeId } as const;
  assertCan(actor, 'read', forum);
  const rows = await listMeetingsOfOffice(db, officeId);
  return {
    meetings: rows.map(({ meeting: m, roundTitle, itemCount }) => ({
      id: m.id,
      officeId: m.officeId,
      roundId: m.roundId,
      roundTitle,
      title: m.title,
      startsAtLocal: m.startsAtLocal,
      location: m.location,
      noticeSentAt: m.noticeSentAt?.toISOString() ?? null,
      itemCount,
      version: m.version,
    })),
    allowed: allowedVerbs(actor, forum),
  };
}
