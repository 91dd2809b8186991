// The secretariat puts the agenda in a new order: the request names every item once.
import { appendAudit } from '../../db/audit-repository.ts';
import { listItems, setItemPositions } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { isPermutationOf, ZItemOrderInput } from '../../domain/forum/meeting.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function reorderForumItems({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { itemIds } = parseInput(ZItemOrderInput, input);
  return db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: meeting.officeId });
    const before = (await listItems(tx, id)).map((i) => i.id);
    if (!isPermutationOf(itemIds, before)) throw validationError([{ field: 'itemIds', message: msg('forum.meeting.itemOrder') }]);
    await setItemPositions(tx, itemIds);
    await appendAudit(tx, actor, { action: 'reorder-items', entityType: 'forum-meeting', entityId: id, before, after: itemIds });
    return meetingDetail(tx, actor, meeting);
  });
}
