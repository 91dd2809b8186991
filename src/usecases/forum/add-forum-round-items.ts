// "Add the round's applications": one agenda item per submitted application of the meeting's round (titled with the
// partnership's name), and — in the same transaction — a proposed recusal for every serving member whose
// organisation (or, for an RSK, its host municipality) takes part in the application (src/domain/forum/recusal.ts).
// Idempotent: an application already on the agenda gets no second item, and a recusal already there (proposed,
// declared or decided) is left as it is; members appointed since are proposed on the items already there too.
import { appendAudit } from '../../db/audit-repository.ts';
import { listActiveMembersWithOrganisations } from '../../db/forum-member-repository.ts';
import { insertItems, insertProposedRecusals, listItems, listSubmittedApplicationsWithParties } from '../../db/forum-meeting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { proposeRecusals } from '../../domain/forum/recusal.ts';
import { proposedReason } from '../../domain/forum/recusal-reason.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';
import { loadMeeting } from '../../loaders/forum/load-meeting.ts';
import { meetingDetail } from '../../views/forum/meeting-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function addForumRoundItems({ db, actor, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, id);
    assertCan(actor, 'plan-meetings', { type: 'forum', officeId: meeting.officeId });
    if (!meeting.roundId) throw validationError([{ field: 'roundId', message: msg('forum.meeting.noRound') }]);
    const [applications, items, members] = await Promise.all([
      listSubmittedApplicationsWithParties(tx, meeting.roundId),
      listItems(tx, id),
      listActiveMembersWithOrganisations(tx, meeting.officeId),
    ]);
    const onAgenda = new Set(items.map((i) => i.applicationId));
    let position = Math.max(0, ...items.map((i) => i.position));
    const added = await insertItems(
      tx,
      applications
        .filter((a) => !onAgenda.has(a.id))
        .map((a) => ({ meetingId: id, position: ++position, kind: 'application' as const, applicationId: a.id, title: a.partnershipName })),
    );
    const day = meeting.startsAtLocal.slice(0, 10);
    const serving = members
      .filter(({ member: m }) => m.termFrom <= day && (m.termTo === null || day <= m.termTo))
      .map((r) => ({ id: r.member.id, organisationId: r.member.organisationId, organisationName: r.organisationName, host: r.hostId && r.hostName ? { id: r.hostId, name: r.hostName } : null }));
    const proposals = [...items, ...added].flatMap((item) => {
      const application = applications.find((a) => a.id === item.applicationId);
      if (!application) return [];
      return proposeRecusals(serving, application).map((p) => ({ itemId: item.id, memberId: p.memberId, reason: proposedReason(p) }));
    });
    const proposed = await insertProposedRecusals(tx, proposals);
    await appendAudit(tx, actor, {
      action: 'add-round-items',
      entityType: 'forum-meeting',
      entityId: id,
      before: null,
      after: { items: added.map((i) => ({ id: i.id, applicationId: i.applicationId, title: i.title })), proposedRecusals: proposed },
    });
    return { meeting: await meetingDetail(tx, actor, meeting), added: added.length, proposedRecusals: proposed.length };
  });
}
