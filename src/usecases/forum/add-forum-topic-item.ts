// The secretariat puts a topic (not an application) on the meeting's agenda, last.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertItems, listItems } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZTopicItemInput } from '../../domain/forum/meeting.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function addForumTopicItem({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const data = parseInput(ZTopicItemInput, input);
  return db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: meeting.officeId });
    const items = await listItems(tx, id);
    const [item] = await insertItems(tx, [{ meetingId: id, position: Math.max(0, ...items.map((i) => i.position)) + 1, kind: 'topic', applicationId: null, title: data.title }]);
    await appendAudit(tx, actor, { action: 'create', entityType: 'forum-agenda-item', entityId: item!.id, before: null, after: item });
    return meetingDetail(tx, actor, meeting);
  });
}
