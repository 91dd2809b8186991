// The secretariat takes an item off the agenda (its recusals go with it). Never a decided item, nor one members
// have reviewed or voted on: that work belongs to the minutes.
import { appendAudit } from '../../db/audit-repository.ts';
import { deleteItem, findItem, itemHasWork } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function removeForumItem({ db, actor, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const item = await findItem(tx, id);
    if (!item) throw AppError.notFound(msg('forum.itemNotFound'));
    const meeting = await loadMeeting(tx, item.meetingId);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: meeting.officeId });
    if (item.decidedAt) throw new AppError('CONFLICT', msg('forum.meeting.itemDecided'));
    if (await itemHasWork(tx, id)) throw new AppError('CONFLICT', msg('forum.meeting.itemHasWork'));
    await deleteItem(tx, id);
    await appendAudit(tx, actor, { action: 'delete', entityType: 'forum-agenda-item', entityId: id, before: item, after: null });
    return meetingDetail(tx, actor, meeting);
  });
}
