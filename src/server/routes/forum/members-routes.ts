// Thin HTTP layer over the samarbeidsforum's "members" endpoints (src/domain/forum/members-contract.ts): members,
// meetings with notice, attendance and agenda, one item (as its meeting) and its votes' tally, recusals and the forum's
// settings.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { membersContract as c } from '../../../domain/forum/members-contract.ts';
import { addForumRoundItems } from '../../../usecases/forum/add-forum-round-items.ts';
import { addForumTopicItem } from '../../../usecases/forum/add-forum-topic-item.ts';
import { appointForumMember } from '../../../usecases/forum/appoint-forum-member.ts';
import { createForumMeeting } from '../../../usecases/forum/create-forum-meeting.ts';
import { decideForumRecusal } from '../../../usecases/forum/decide-forum-recusal.ts';
import { declareForumRecusal } from '../../../usecases/forum/declare-forum-recusal.ts';
import { endForumMembership } from '../../../usecases/forum/end-forum-membership.ts';
import { getForumItem } from '../../../usecases/forum/get-forum-item.ts';
import { getForumMeeting } from '../../../usecases/forum/get-forum-meeting.ts';
import { getForumSettings } from '../../../usecases/forum/get-forum-settings.ts';
import { getItemVotes } from '../../../usecases/forum/get-item-votes.ts';
import { listForumMeetings } from '../../../usecases/forum/list-forum-meetings.ts';
import { listForumMembers } from '../../../usecases/forum/list-forum-members.ts';
import { recordForumAttendance } from '../../../usecases/forum/record-forum-attendance.ts';
import { removeForumItem } from '../../../usecases/forum/remove-forum-item.ts';
import { reorderForumItems } from '../../../usecases/forum/reorder-forum-items.ts';
import { sendForumNotice } from '../../../usecases/forum/send-forum-notice.ts';
import { updateForumMeeting } from '../../../usecases/forum/update-forum-meeting.ts';
import { updateForumMember } from '../../../usecases/forum/update-forum-member.ts';
import { updateForumSettings } from '../../../usecases/forum/update-forum-settings.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerMembersRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  const ctx = (request: Parameters<typeof requireActor>[0]) => ({ db, clock, actor: requireActor(request) });

  route(app, c.listForumMembers, async (request) => listForumMembers({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.appointForumMember, async (request) => ({ member: await appointForumMember({ ...ctx(request), officeId: request.params.officeId, input: request.body }) }));
  route(app, c.updateForumMember, async (request) => ({ member: await updateForumMember({ ...ctx(request), id: request.params.id, input: request.body }) }));
  route(app, c.endForumMembership, async (request) => ({ member: await endForumMembership({ ...ctx(request), id: request.params.id }) }));

  route(app, c.listForumMeetings, async (request) => listForumMeetings({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.createForumMeeting, async (request) => ({ meeting: await createForumMeeting({ ...ctx(request), officeId: request.params.officeId, input: request.body }) }));
  route(app, c.getForumMeeting, async (request) => ({ meeting: await getForumMeeting({ ...ctx(request), id: request.params.id }) }));
  route(app, c.updateForumMeeting, async (request) => ({ meeting: await updateForumMeeting({ ...ctx(request), id: request.params.id, input: request.body }) }));
  route(app, c.sendForumNotice, async (request) => ({ meeting: await sendForumNotice({ ...ctx(request), id: request.params.id, publicUrl: deps.config.publicUrl }) }));
  route(app, c.recordForumAttendance, async (request) => ({ meeting: await recordForumAttendance({ ...ctx(request), id: request.params.id, input: request.body }) }));

  route(app, c.addForumTopicItem, async (request) => ({ meeting: await addForumTopicItem({ ...ctx(request), id: request.params.id, input: request.body }) }));
  route(app, c.addForumRoundItems, async (request) => addForumRoundItems({ ...ctx(request), id: request.params.id }));
  route(app, c.reorderForumItems, async (request) => ({ meeting: await reorderForumItems({ ...ctx(request), id: request.params.id, input: request.body }) }));
  route(app, c.getForumItem, async (request) => getForumItem({ ...ctx(request), id: request.params.id }));
  route(app, c.getItemVotes, async (request) => getItemVotes({ ...ctx(request), itemId: request.params.id }));
  route(app, c.removeForumItem, async (request) => ({ meeting: await removeForumItem({ ...ctx(request), id: request.params.id }) }));

  route(app, c.declareForumRecusal, async (request) => ({ recusal: await declareForumRecusal({ ...ctx(request), id: request.params.id, input: request.body }) }));
  route(app, c.decideForumRecusal, async (request) => ({
    recusal: await decideForumRecusal({ ...ctx(request), id: request.params.id, memberId: request.params.memberId, input: request.body }),
  }));

  route(app, c.getForumSettings, async (request) => getForumSettings({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.updateForumSettings, async (request) => updateForumSettings({ ...ctx(request), officeId: request.params.officeId, input: request.body }));
}
