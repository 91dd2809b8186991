// The secretariat plans a forum meeting: title, local Oslo time, place and the round it weighs (if any).
import { appendAudit } from '../../db/audit-repository.ts';
import { officeExists } from '../../db/forum-member-repository.ts';
import { insertMeeting } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZMeetingInput } from '../../domain/forum/meeting.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { checkMeetingRound } from '../../checks/forum/check-meeting-round.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function createForumMeeting({ db, actor, clock, officeId, input }: UseCaseContext & { officeId: string; input: unknown }) {
  const data = parseInput(ZMeetingInput, input);
  return db.transaction(async (tx) => {
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId });
    if (!(await officeExists(tx, officeId))) throw AppError.notFound();
    await checkMeetingRound(tx, officeId, data.roundId);
    const meeting = await insertMeeting(tx, { ...data, officeId, at: clock.now() });
    await appendAudit(tx, actor, { action: 'create', entityType: 'forum-meeting', entityId: meeting.id, before: null, after: meeting });
    return meetingDetail(tx, actor, meeting);
  });
}
