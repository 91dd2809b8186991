// The samarbeidsforum's "members" routes in the access matrix (issue 13): the office's forum — members, meetings,
// agenda, attendance, settings — is read by its secretariat, its members and readers, and run by its secretariat
// only; another office's case officer and forum member see nothing of it. A member declares a recusal on an item
// only in their own forum (never the secretariat or the admin, who hold no seat); the secretariat records the
// forum's decision.
import { expect } from 'vitest';
import { forumAgendaItem, forumMeeting, forumMember, forumRecusal, person } from '../../db/schema/index.ts';
import { FORUM_ITEM_VERBS, FORUM_VERBS } from '../../domain/forum/policy.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { forumFixtures, madeForumFixtures } from './forum-fixtures.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

const readers = only({ admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' });
const secretariat = only({ admin: 'both', saksbehandler: ['own'] });

/** Every verb a meeting's answer lists: the forum's on the meeting and the item's on each agenda item. */
const MEETING_VERBS: PolicyVerb[] = [...FORUM_VERBS.map((v) => `forum.${v}` as const), ...FORUM_ITEM_VERBS.map((v) => `forum-item.${v}` as const)];
const FORUM_ALLOWED: PolicyVerb[] = FORUM_VERBS.filter((v) => v !== 'read').map((v) => `forum.${v}` as const);

/** A fresh meeting of the cell's office (written directly: the cell's own call is what the matrix counts), with a
 * topic or the fixture's application on its agenda, or the fixture's round. */
async function freshMeeting(ctx: CellContext, agenda: 'none' | 'topic' | 'application' | 'round' = 'none') {
  const f = await forumFixtures(ctx.db, ctx.fx);
  const [meeting] = await ctx.db
    .insert(forumMeeting)
    .values({ officeId: ctx.fx.office[ctx.tenancy], roundId: agenda === 'round' ? f.roundId[ctx.tenancy] : null, title: `Matrisemøte ${ctx.unique}`, startsAtLocal: '2031-03-01T10:00:00' })
    .returning();
  let itemId: string | null = null;
  if (agenda === 'topic' || agenda === 'application') {
    const [item] = await ctx.db
      .insert(forumAgendaItem)
      .values({ meetingId: meeting!.id, position: 1, kind: agenda, applicationId: agenda === 'application' ? f.applicationId[ctx.tenancy] : null, title: `Sak ${ctx.unique}` })
      .returning();
    itemId = item!.id;
  }
  return { meeting: meeting!, itemId: itemId!, f };
}

/** A fresh membership of the cell's office (the fixture's outsider at the tenancy's UH), written directly. */
async function freshMember(ctx: CellContext) {
  const f = await forumFixtures(ctx.db, ctx.fx);
  const [m] = await ctx.db
    .insert(forumMember)
    .values({ officeId: ctx.fx.office[ctx.tenancy], personId: f.outsiderPersonId[ctx.tenancy], organisationId: ctx.fx.org('uh', ctx.tenancy), category: 'uh', termFrom: '2030-01-01' })
    .returning();
  return m!;
}

const meetingOf = (b: unknown) => (b as Json).meeting as { id: string; officeId: string; items: { id: string; title: string; allowed: string[] }[]; attendance: { memberId: string }[]; allowed: string[] };

export const forumMembersCases: RouteCase[] = [
  {
    route: 'GET /api/forum/offices/:officeId/members',
    verb: 'forum.read',
    alsoAsks: FORUM_ALLOWED,
    request: async (ctx) => {
      await forumFixtures(ctx.db, ctx.fx);
      return { url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/members` };
    },
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { members, allowed } = b as { members: { id: string; officeId: string }[]; allowed: string[] };
      expect(members.every((m) => m.officeId === ctx.fx.office[ctx.tenancy])).toBe(true);
      if (ctx.tenancy === 'own') expect(members.map((m) => m.id)).toContain(madeForumFixtures(ctx.db).memberId);
      expect(allowed.includes('manage-members')).toBe(secretariat(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'POST /api/forum/offices/:officeId/members',
    verb: 'forum.manage-members',
    // A fresh person without a user: appointing an actor would give them the forum role for the rows that follow,
    // and a person serving already is refused.
    request: async (ctx) => {
      const [p] = await ctx.db
        .insert(person)
        .values({ name: `Nytt medlem ${ctx.unique}`, email: `nytt.medlem.${ctx.unique}@example.org`, organisationId: ctx.fx.org('uh', ctx.tenancy) })
        .returning();
      return { url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/members`, body: { personId: p!.id, category: 'uh', termFrom: '2031-01-01', termTo: '2034-12-31' } };
    },
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => {
      const { member } = b as { member: { officeId: string; personName: string; category: string } };
      expect(member).toMatchObject({ officeId: ctx.fx.office[ctx.tenancy], personName: `Nytt medlem ${ctx.unique}`, category: 'uh' });
    },
  },
  {
    route: 'PUT /api/forum/members/:id',
    verb: 'forum.manage-members',
    request: async (ctx) => {
      const m = await freshMember(ctx);
      return { url: `/api/forum/members/${m.id}`, body: { category: 'uh', termFrom: '2030-01-01', termTo: '2033-12-31', expectedVersion: m.version } };
    },
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((b as { member: { termTo: string } }).member.termTo).toBe('2033-12-31'),
  },
  {
    route: 'DELETE /api/forum/members/:id',
    verb: 'forum.manage-members',
    request: async (ctx) => ({ url: `/api/forum/members/${(await freshMember(ctx)).id}` }),
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((b as { member: { endedAt: string | null } }).member.endedAt).not.toBeNull(),
  },
  {
    route: 'GET /api/forum/offices/:officeId/meetings',
    verb: 'forum.read',
    alsoAsks: FORUM_ALLOWED,
    request: async (ctx) => {
      await forumFixtures(ctx.db, ctx.fx);
      return { url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/meetings` };
    },
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { meetings } = b as { meetings: { id: string; officeId: string }[] };
      expect(meetings.map((m) => m.id)).toContain(madeForumFixtures(ctx.db).meetingId[ctx.tenancy]);
      expect(meetings.every((m) => m.officeId === ctx.fx.office[ctx.tenancy])).toBe(true);
    },
  },
  {
    route: 'POST /api/forum/offices/:officeId/meetings',
    verb: 'forum.plan-meetings',
    request: async (ctx) => ({
      url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/meetings`,
      body: { title: `Nytt møte ${ctx.unique}`, startsAtLocal: '2031-04-01T10:00:00', location: 'Tromsø', roundId: (await forumFixtures(ctx.db, ctx.fx)).roundId[ctx.tenancy] },
    }),
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => expect(meetingOf(b).officeId).toBe(ctx.fx.office[ctx.tenancy]),
  },
  {
    route: 'GET /api/forum/meetings/:id',
    verb: 'forum.read',
    alsoAsks: MEETING_VERBS.filter((v) => v !== 'forum.read'),
    request: async (ctx) => ({ url: `/api/forum/meetings/${(await forumFixtures(ctx.db, ctx.fx)).meetingId[ctx.tenancy]}` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const f = madeForumFixtures(ctx.db);
      const meeting = meetingOf(b);
      expect(meeting.items.map((i) => i.id)).toContain(f.itemId[ctx.tenancy]);
      const item = meeting.items.find((i) => i.id === f.itemId[ctx.tenancy])!;
      // The forum member may declare and score on the own office's item; the secretariat never scores.
      expect(item.allowed.includes('score')).toBe(ctx.who === 'forum');
      expect(item.allowed.includes('decide-recusal')).toBe(secretariat(ctx.who, ctx.tenancy));
      if (ctx.tenancy === 'own') expect(meeting.attendance.map((a) => a.memberId)).toContain(f.memberId);
    },
  },
  {
    // One item, answered as its meeting: the same readers and the same answer as the meeting's own route.
    route: 'GET /api/forum/items/:id',
    verb: 'forum.read',
    alsoAsks: MEETING_VERBS.filter((v) => v !== 'forum.read'),
    request: async (ctx) => ({ url: `/api/forum/items/${(await forumFixtures(ctx.db, ctx.fx)).itemId[ctx.tenancy]}` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const f = madeForumFixtures(ctx.db);
      const meeting = meetingOf(b);
      expect(meeting.id).toBe(f.meetingId[ctx.tenancy]);
      const item = meeting.items.find((i) => i.id === f.itemId[ctx.tenancy])!;
      expect(item.allowed.includes('score')).toBe(ctx.who === 'forum');
    },
  },
  {
    // The tally of the votes cast, for the secretariat's record of the decision: no member sees it (a recused one
    // least of all), nor the office's readers. On the kept item the forum actor is the one voter present (own office).
    route: 'GET /api/forum/items/:id/votes',
    verb: 'forum-item.assess',
    request: async (ctx) => ({ url: `/api/forum/items/${(await forumFixtures(ctx.db, ctx.fx)).itemId[ctx.tenancy]}/votes` }),
    allow: secretariat,
    mutation: false,
    payload: (b, ctx) => {
      const tally = b as { itemId: string; counts: Record<string, number>; cast: number; voters: number };
      expect(tally.itemId).toBe(madeForumFixtures(ctx.db).itemId[ctx.tenancy]);
      expect(tally.voters).toBe(ctx.tenancy === 'own' ? 1 : 0);
      expect(tally.cast).toBe(Object.values(tally.counts).reduce((a, n) => a + n, 0));
    },
  },
  {
    route: 'PUT /api/forum/meetings/:id',
    verb: 'forum.plan-meetings',
    request: async (ctx) => {
      const { meeting } = await freshMeeting(ctx);
      return {
        url: `/api/forum/meetings/${meeting.id}`,
        body: { title: meeting.title, startsAtLocal: meeting.startsAtLocal, location: 'Harstad', roundId: null, minutes: `Referat ${ctx.unique}`, expectedVersion: meeting.version },
      };
    },
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => expect((meetingOf(b) as unknown as { minutes: string }).minutes).toBe(`Referat ${ctx.unique}`),
  },
  {
    route: 'POST /api/forum/meetings/:id/notice',
    verb: 'forum.plan-meetings',
    request: async (ctx) => ({ url: `/api/forum/meetings/${(await freshMeeting(ctx, 'topic')).meeting.id}/notice` }),
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((meetingOf(b) as unknown as { noticeSentAt: string | null }).noticeSentAt).not.toBeNull(),
  },
  {
    route: 'PUT /api/forum/meetings/:id/attendance',
    verb: 'forum.plan-meetings',
    request: async (ctx) => {
      const { meeting, f } = await freshMeeting(ctx);
      return { url: `/api/forum/meetings/${meeting.id}/attendance`, body: { attendance: ctx.tenancy === 'own' ? [{ memberId: f.memberId, present: true }] : [] } };
    },
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => {
      if (ctx.tenancy === 'own') expect(meetingOf(b).attendance).toContainEqual(expect.objectContaining({ memberId: madeForumFixtures(ctx.db).memberId, present: true }));
    },
  },
  {
    route: 'POST /api/forum/meetings/:id/items',
    verb: 'forum.plan-meetings',
    request: async (ctx) => ({ url: `/api/forum/meetings/${(await freshMeeting(ctx)).meeting.id}/items`, body: { title: `Tema ${ctx.unique}` } }),
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => expect(meetingOf(b).items.map((i) => i.title)).toEqual([`Tema ${ctx.unique}`]),
  },
  {
    route: 'POST /api/forum/meetings/:id/items/from-round',
    verb: 'forum.plan-meetings',
    request: async (ctx) => ({ url: `/api/forum/meetings/${(await freshMeeting(ctx, 'round')).meeting.id}/items/from-round` }),
    allow: secretariat,
    mutation: true,
    payload: (b, ctx) => {
      const f = madeForumFixtures(ctx.db);
      expect((b as { added: number }).added).toBe(1);
      expect(meetingOf(b).items.map((i) => (i as unknown as { applicationId: string }).applicationId)).toEqual([f.applicationId[ctx.tenancy]]);
    },
  },
  {
    route: 'PUT /api/forum/meetings/:id/items/order',
    verb: 'forum.plan-meetings',
    request: async (ctx) => {
      const { meeting, itemId } = await freshMeeting(ctx, 'topic');
      return { url: `/api/forum/meetings/${meeting.id}/items/order`, body: { itemIds: [itemId] } };
    },
    allow: secretariat,
    mutation: true,
    payload: (b) => expect(meetingOf(b).items).toHaveLength(1),
  },
  {
    route: 'DELETE /api/forum/items/:id',
    verb: 'forum.plan-meetings',
    request: async (ctx) => ({ url: `/api/forum/items/${(await freshMeeting(ctx, 'topic')).itemId}` }),
    allow: secretariat,
    mutation: true,
    payload: (b) => expect(meetingOf(b).items).toEqual([]),
  },
  {
    route: 'POST /api/forum/items/:id/recusals',
    verb: 'forum-item.declare-recusal',
    request: async (ctx) => ({ url: `/api/forum/items/${(await freshMeeting(ctx, 'application')).itemId}/recusals`, body: { reason: `Inhabil ${ctx.unique}` } }),
    // Only a member holds a seat: the forum actor in their own office's forum.
    allow: only({ forum: ['own'] }),
    mutation: true,
    payload: (b, ctx) => {
      const { recusal } = b as { recusal: { memberId: string; source: string; decision: string } };
      expect(recusal).toMatchObject({ memberId: madeForumFixtures(ctx.db).memberId, source: 'declared', decision: 'pending' });
    },
  },
  {
    route: 'PUT /api/forum/items/:id/recusals/:memberId',
    verb: 'forum-item.decide-recusal',
    request: async (ctx) => {
      const { itemId, f } = await freshMeeting(ctx, 'application');
      await ctx.db.insert(forumRecusal).values({ itemId, memberId: f.memberId, source: 'proposed', reason: 'Matrise', decision: 'pending' });
      return { url: `/api/forum/items/${itemId}/recusals/${f.memberId}`, body: { decision: 'confirmed', deputyStepsIn: false } };
    },
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((b as { recusal: { decision: string; decidedAt: string | null } }).recusal).toMatchObject({ decision: 'confirmed', decidedAt: expect.any(String) }),
  },
  {
    route: 'GET /api/forum/offices/:officeId/settings',
    verb: 'forum.read',
    alsoAsks: FORUM_ALLOWED,
    request: (ctx) => ({ url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/settings` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { settings, allowed } = b as { settings: { officeId: string; quorum: number }; allowed: string[] };
      expect(settings.officeId).toBe(ctx.fx.office[ctx.tenancy]);
      expect(settings.quorum).toBeGreaterThanOrEqual(1);
      expect(allowed.includes('edit-settings')).toBe(secretariat(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/forum/offices/:officeId/settings',
    verb: 'forum.edit-settings',
    // The quorum stays 1: the other areas' rows count on a quorate meeting with one member present.
    request: (ctx) => ({ url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/settings`, body: { quorum: 1 } }),
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((b as { settings: { quorum: number } }).settings.quorum).toBe(1),
  },
];
