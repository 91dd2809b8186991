// The secretariat sends the meeting's notice (innkalling): one e-mail to each member serving on the meeting day,
// queued in the outbox in the same transaction as the meeting is marked noticed, so either both happen or neither.
// Sent once; a changed meeting is told by the secretariat in words of its own (issue 15 owns reminders).
import { appendAudit } from '../../db/audit-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { listActiveMembersWithOrganisations } from '../../db/forum-member-repository.ts';
import { listItems, markNoticeSent } from '../../db/forum-meeting-repository.ts';
import { findOffice } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { meetingLink, meetingNotice } from '../../domain/forum/meeting-notice.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function sendForumNotice({ db, actor, clock, id, publicUrl }: UseCaseContext & { id: string; publicUrl?: string | undefined }) {
  return db.transaction(async (tx) => {
    const before = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: before.officeId });
    const after = await markNoticeSent(tx, { id, at: clock.now() });
    if (!after) throw new AppError('CONFLICT', msg('forum.meeting.noticeAlreadySent'));
    const day = before.startsAtLocal.slice(0, 10);
    const [members, items, office] = await Promise.all([listActiveMembersWithOrganisations(tx, before.officeId), listItems(tx, id), findOffice(tx, before.officeId)]);
    const serving = members.filter(({ member: m }) => m.termFrom <= day && (m.termTo === null || day <= m.termTo));
    const mail = meetingNotice({
      officeName: office?.name ?? before.officeId,
      title: before.title,
      startsAtLocal: before.startsAtLocal,
      location: before.location,
      agenda: items.map((i) => i.title),
      link: meetingLink(publicUrl, id),
    });
    const recipients = [...new Set(serving.map((m) => m.personEmail))];
    for (const to of recipients) await queueEmail(tx, { to, ...mail });
    await appendAudit(tx, actor, { action: 'send-notice', entityType: 'forum-meeting', entityId: id, before: { noticeSentAt: null }, after: { noticeSentAt: after.noticeSentAt, recipients } });
    return meetingDetail(tx, actor, after);
  });
}
