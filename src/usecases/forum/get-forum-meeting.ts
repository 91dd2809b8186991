// One forum meeting with its agenda, attendance and recusals, for the secretariat, the members and the office's
// readers; each item lists what this actor may do on it.
import { assertCan } from '../../domain/access/policy.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getForumMeeting({ db, actor, id }: Omit<UseCaseContext, 'clock'> & { id: string }) {
  const meeting = await loadMeeting(db, id);
  assertCan(actor, 'read', { type: 'forum', officeId: meeting.officeId });
  return meetingDetail(db, actor, meeting);
}
