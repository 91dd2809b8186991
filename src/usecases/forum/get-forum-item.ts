// One agenda item, answered as its meeting (issue 13): the item page's address names the item alone, and what the
// page shows — the meeting, the item's recusals and what this actor may do on it — is the meeting's view. So this
// asks what getForumMeeting asks (whoever may read the meeting may read the item) and answers the same view
// (meetingDetail): an unknown item is 404, another office's item is refused (403) as its meeting would be.
import { assertCan } from '../../domain/access/policy.ts';
import type { MeetingDetail } from '../../domain/forum/members-contract.ts';
import { loadItemWithMeeting } from '../../loaders/forum/load-item.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getForumItem({ db, actor, id }: Omit<UseCaseContext, 'clock'> & { id: string }): Promise<{ meeting: MeetingDetail }> {
  const { meeting } = await loadItemWithMeeting(db, id);
  assertCan(actor, 'read', { type: 'forum', officeId: meeting.officeId });
  return { meeting: await meetingDetail(db, actor, meeting) };
}
