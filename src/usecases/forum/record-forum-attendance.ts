// The secretariat records who attended: each member serving on the meeting day, present or not, in person or by the
// deputy in the member's place. Who may vote on each item follows from it (item-facts.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { listActiveMembersWithOrganisations } from '../../db/forum-member-repository.ts';
import { listAttendance, saveAttendance } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZAttendanceInput } from '../../domain/forum/meeting.ts';
import type { FieldError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function recordForumAttendance({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const data = parseInput(ZAttendanceInput, input);
  return db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: meeting.officeId });
    const day = meeting.startsAtLocal.slice(0, 10);
    const members = await listActiveMembersWithOrganisations(tx, meeting.officeId);
    const serving = new Map(members.filter(({ member: m }) => m.termFrom <= day && (m.termTo === null || day <= m.termTo)).map((r) => [r.member.id, r]));
    const errors: FieldError[] = [];
    for (const [i, a] of data.attendance.entries()) {
      const m = serving.get(a.memberId);
      if (!m) errors.push({ field: `attendance.${i}.memberId`, message: msg('forum.meeting.notServing', { name: a.memberId }) });
      else if (a.byDeputy && !m.member.deputyPersonId) errors.push({ field: `attendance.${i}.byDeputy`, message: msg('forum.meeting.noDeputy', { name: m.personName }) });
    }
    if (errors.length) throw validationError(errors);
    const before = await listAttendance(tx, id);
    await saveAttendance(tx, id, data.attendance);
    await appendAudit(tx, actor, { action: 'record-attendance', entityType: 'forum-meeting', entityId: id, before, after: data.attendance });
    return meetingDetail(tx, actor, meeting);
  });
}
