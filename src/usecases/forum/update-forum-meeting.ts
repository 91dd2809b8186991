// The secretariat edits a meeting (title, time, place, round) and writes its minutes.
import { appendAudit } from '../../db/audit-repository.ts';
import { listItems, updateMeetingIfUnchanged } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZMeetingUpdate } from '../../domain/forum/meeting.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkMeetingRound } from '../../checks/forum/check-meeting-round.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateForumMeeting({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZMeetingUpdate, input);
  return db.transaction(async (tx) => {
    const before = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: before.officeId });
    await checkMeetingRound(tx, before.officeId, data.roundId);
    // The agenda's applications belong to the round: changing it would leave them weighed under the wrong one.
    if (data.roundId !== before.roundId && (await listItems(tx, id)).some((i) => i.kind === 'application'))
      throw new AppError('CONFLICT', msg('forum.meeting.roundHasItems'));
    const after = await updateMeetingIfUnchanged(tx, { id, expectedVersion, values: data, at: clock.now() });
    if (!after) throw staleVersion(msg('forum.theMeeting'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'forum-meeting', entityId: id, before, after });
    return meetingDetail(tx, actor, after);
  });
}
