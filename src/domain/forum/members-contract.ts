// The samarbeidsforum's API, part "members" (issue 13): request and answer schemas per endpoint (ADR 017) — the
// members per office, the meetings with notice, attendance, agenda and minutes, the recusals on each item and the
// forum's settings; one agenda item by id (answered as its meeting) and, for the secretariat, the tally of the votes
// cast on it. Answers list the verbs the actor has (`allowed`), so the UI offers only those.
import { z } from 'zod';
import { endpoint, zInstant, ZIdParams } from '../shared/endpoint.ts';
import { ZVoteCounts } from './decision.ts';
import { FORUM_CATEGORIES, ZMemberInput, ZMemberUpdate } from './member.ts';
import { ZAttendanceInput, ZForumSettingsInput, ZItemOrderInput, ZMeetingInput, ZMeetingUpdate, ZTopicItemInput } from './meeting.ts';
import { FORUM_ITEM_VERBS, FORUM_VERBS } from './policy.ts';
import { RECUSAL_DECISIONS, RECUSAL_SOURCES, ZDecideRecusal, ZDeclareRecusal } from './recusal.ts';
import { VEDTAK_KINDS } from '../tilsagn/vedtak.ts';

const ZOfficeParams = z.strictObject({ officeId: z.string() });
const ZRecusalParams = z.strictObject({ id: z.string(), memberId: z.string() });
const ZForumAllowed = z.array(z.enum(FORUM_VERBS));

export const ZForumMember = z.strictObject({
  id: z.string(),
  officeId: z.string(),
  personId: z.string(),
  personName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  category: z.enum(FORUM_CATEGORIES),
  deputyPersonId: z.string().nullable(),
  deputyName: z.string().nullable(),
  /** Local dates `YYYY-MM-DD`; `termTo` null = until further notice. */
  termFrom: z.string(),
  termTo: z.string().nullable(),
  /** Set when the membership has ended (its role grants revoked). */
  endedAt: zInstant.nullable(),
  version: z.number(),
});
export type ForumMember = z.output<typeof ZForumMember>;

export const ZForumRecusal = z.strictObject({
  itemId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  organisationName: z.string(),
  source: z.enum(RECUSAL_SOURCES),
  reason: z.string(),
  decision: z.enum(RECUSAL_DECISIONS),
  deputyStepsIn: z.boolean(),
  /** When the secretariat recorded the forum's decision (the minutes say so). */
  decidedAt: zInstant.nullable(),
});
export type ForumRecusal = z.output<typeof ZForumRecusal>;

export const ZForumItem = z.strictObject({
  id: z.string(),
  position: z.number(),
  kind: z.enum(['application', 'topic']),
  applicationId: z.string().nullable(),
  title: z.string(),
  decidedAt: zInstant.nullable(),
  /** What this actor may do on the item (declare a recusal, score, vote, decide a recusal …). */
  allowed: z.array(z.enum(FORUM_ITEM_VERBS)),
  recusals: z.array(ZForumRecusal),
});

export const ZMeetingSummary = z.strictObject({
  id: z.string(),
  officeId: z.string(),
  roundId: z.string().nullable(),
  roundTitle: z.string().nullable(),
  title: z.string(),
  /** Oslo wall-clock time `2026-01-20T10:00:00`. */
  startsAtLocal: z.string(),
  location: z.string().nullable(),
  noticeSentAt: zInstant.nullable(),
  itemCount: z.number(),
  version: z.number(),
});

/**
 * A decision the office made otherwise than the forum's innstilling (issue 14, point 1: another kind, amount or
 * recipient), with the written reason the rules demand of it. The forum's next meeting sees it: listed on the first
 * meeting of the office starting after the decision's list was approved (src/loaders/forum/meeting-deviations.ts).
 */
export const ZMeetingDeviation = z.strictObject({
  vedtakId: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  partnershipName: z.string(),
  kind: z.enum(VEDTAK_KINDS),
  /** An endringsvedtak (amending an issued decision) rather than the round's first decision. */
  amendment: z.boolean(),
  /** What the innstilling recommended; null when it does not name the application. */
  recommendedKind: z.enum(VEDTAK_KINDS).nullable(),
  recommendedTotalKr: z.number().nullable(),
  /** The decided amount over all years, whole kroner (0 for an avslag). */
  totalKr: z.number(),
  deviationReason: z.string(),
  approvedAt: zInstant,
});
export type MeetingDeviation = z.output<typeof ZMeetingDeviation>;

export const ZMeetingDetail = z.strictObject({
  ...ZMeetingSummary.shape,
  minutes: z.string().nullable(),
  allowed: ZForumAllowed,
  /** The members serving on the meeting day, each with what is recorded (`present` null: not recorded yet). */
  attendance: z.array(
    z.strictObject({
      memberId: z.string(),
      personName: z.string(),
      organisationName: z.string(),
      category: z.enum(FORUM_CATEGORIES),
      deputyName: z.string().nullable(),
      present: z.boolean().nullable(),
      byDeputy: z.boolean(),
    }),
  ),
  items: z.array(ZForumItem),
  /** The office's decisions approved since the previous meeting started that deviate from the innstilling. */
  deviations: z.array(ZMeetingDeviation),
});
export type MeetingDetail = z.output<typeof ZMeetingDetail>;

export const ZForumSettings = z.strictObject({
  officeId: z.string(),
  quorum: z.number(),
  /** 0 until first saved (the default quorum applies). */
  version: z.number(),
});

const meetingAnswer = z.strictObject({ meeting: ZMeetingDetail });

/** The votes cast on an item, for the secretariat's record of its decision (src/domain/forum/vote-tally.ts). */
export const ZItemVotes = z.strictObject({
  itemId: z.string(),
  /** Per option, the votes of the seats that may vote now (present and not recused, or a deputy in the seat). */
  counts: ZVoteCounts,
  /** How many of those seats have voted. */
  cast: z.number(),
  /** How many seats may vote on the item. */
  voters: z.number(),
});
export type ItemVotes = z.output<typeof ZItemVotes>;

export const membersContract = {
  listForumMembers: endpoint({
    method: 'GET',
    path: '/api/forum/offices/:officeId/members',
    summary: 'Samarbeidsforumets medlemmer i embetet, med organisasjon, vara og periode',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZOfficeParams,
    response: z.strictObject({ members: z.array(ZForumMember), allowed: ZForumAllowed }),
  }),
  appointForumMember: endpoint({
    method: 'POST',
    path: '/api/forum/offices/:officeId/members',
    summary: 'Oppnevner et medlem (gir medlemmet og varaen forumrollen i embetet)',
    access: 'saksbehandler i embetet',
    params: ZOfficeParams,
    body: ZMemberInput,
    status: 201,
    response: z.strictObject({ member: ZForumMember }),
  }),
  updateForumMember: endpoint({
    method: 'PUT',
    path: '/api/forum/members/:id',
    summary: 'Endrer kategori, vara og periode for et medlem',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZMemberUpdate,
    response: z.strictObject({ member: ZForumMember }),
  }),
  endForumMembership: endpoint({
    method: 'DELETE',
    path: '/api/forum/members/:id',
    summary: 'Avslutter et medlemskap og tar tilbake forumrollene det ga',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    response: z.strictObject({ member: ZForumMember }),
  }),
  listForumMeetings: endpoint({
    method: 'GET',
    path: '/api/forum/offices/:officeId/meetings',
    summary: 'Forumets møter i embetet, nyeste først',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZOfficeParams,
    response: z.strictObject({ meetings: z.array(ZMeetingSummary), allowed: ZForumAllowed }),
  }),
  createForumMeeting: endpoint({
    method: 'POST',
    path: '/api/forum/offices/:officeId/meetings',
    summary: 'Oppretter et forummøte (eventuelt for en utlysning)',
    access: 'saksbehandler i embetet',
    params: ZOfficeParams,
    body: ZMeetingInput,
    status: 201,
    response: meetingAnswer,
  }),
  getForumMeeting: endpoint({
    method: 'GET',
    path: '/api/forum/meetings/:id',
    summary: 'Et møte med saksliste, oppmøte og inhabilitet',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZIdParams,
    response: meetingAnswer,
  }),
  updateForumMeeting: endpoint({
    method: 'PUT',
    path: '/api/forum/meetings/:id',
    summary: 'Endrer et møte og skriver referatet',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZMeetingUpdate,
    response: meetingAnswer,
  }),
  sendForumNotice: endpoint({
    method: 'POST',
    path: '/api/forum/meetings/:id/notice',
    summary: 'Sender innkallingen til medlemmene (e-post i utboksen) og merker den sendt',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    response: meetingAnswer,
  }),
  recordForumAttendance: endpoint({
    method: 'PUT',
    path: '/api/forum/meetings/:id/attendance',
    summary: 'Fører oppmøtet: medlemmet selv eller vara i medlemmets sted',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZAttendanceInput,
    response: meetingAnswer,
  }),
  addForumTopicItem: endpoint({
    method: 'POST',
    path: '/api/forum/meetings/:id/items',
    summary: 'Setter en sak (et tema) på sakslisten',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZTopicItemInput,
    status: 201,
    response: meetingAnswer,
  }),
  addForumRoundItems: endpoint({
    method: 'POST',
    path: '/api/forum/meetings/:id/items/from-round',
    summary: 'Setter utlysningens innsendte behovsmeldinger på sakslisten og foreslår inhabilitet',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    response: z.strictObject({ meeting: ZMeetingDetail, added: z.number(), proposedRecusals: z.number() }),
  }),
  reorderForumItems: endpoint({
    method: 'PUT',
    path: '/api/forum/meetings/:id/items/order',
    summary: 'Endrer rekkefølgen på sakslisten',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZItemOrderInput,
    response: meetingAnswer,
  }),
  getForumItem: endpoint({
    method: 'GET',
    path: '/api/forum/items/:id',
    summary: 'En sak på sakslisten, svart som møtet den står på (saksliste, oppmøte og inhabilitet)',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZIdParams,
    response: meetingAnswer,
  }),
  getItemVotes: endpoint({
    method: 'GET',
    path: '/api/forum/items/:id/votes',
    summary: 'Stemmene som er avgitt i en sak: antall per alternativ fra stemmeberettigede til stede, og hvor mange som kan stemme',
    access: 'saksbehandler i embetet (sekretariatet); ikke forumets medlemmer, og aldri et inhabilt medlem',
    params: ZIdParams,
    response: ZItemVotes,
  }),
  removeForumItem: endpoint({
    method: 'DELETE',
    path: '/api/forum/items/:id',
    summary: 'Tar en sak av sakslisten (ikke en avgjort sak, eller en med vurderinger eller stemmer)',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    response: meetingAnswer,
  }),
  declareForumRecusal: endpoint({
    method: 'POST',
    path: '/api/forum/items/:id/recusals',
    summary: 'Et medlem melder seg inhabil i en sak',
    access: 'forumets medlem (eller vara i medlemmets sted)',
    params: ZIdParams,
    body: ZDeclareRecusal,
    status: 201,
    response: z.strictObject({ recusal: ZForumRecusal }),
  }),
  decideForumRecusal: endpoint({
    method: 'PUT',
    path: '/api/forum/items/:id/recusals/:memberId',
    summary: 'Fører forumets avgjørelse om et medlems inhabilitet, og om vara trer inn',
    access: 'saksbehandler i embetet',
    params: ZRecusalParams,
    body: ZDecideRecusal,
    response: z.strictObject({ recusal: ZForumRecusal }),
  }),
  getForumSettings: endpoint({
    method: 'GET',
    path: '/api/forum/offices/:officeId/settings',
    summary: 'Forumets innstillinger i embetet (beslutningsdyktighet)',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZOfficeParams,
    response: z.strictObject({ settings: ZForumSettings, allowed: ZForumAllowed }),
  }),
  updateForumSettings: endpoint({
    method: 'PUT',
    path: '/api/forum/offices/:officeId/settings',
    summary: 'Endrer forumets innstillinger (beslutningsdyktighet)',
    access: 'saksbehandler i embetet',
    params: ZOfficeParams,
    body: ZForumSettingsInput,
    response: z.strictObject({ settings: ZForumSettings }),
  }),
} as const;
