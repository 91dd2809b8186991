// The samarbeidsforum's "innstilling" routes in the access matrix (issue 13, points 5–6). Voting is a member's own
// act: the forum actor, present and not recused, votes; the secretariat cannot vote and the admin cannot either
// (personal verb). Recording an item's decision and adopting the innstilling are the secretariat's, at a quorate
// meeting, never the admin's by that role; a forum member cannot adopt. The innstilling is read and exported by the
// secretariat, the members and the readers; partnerships and another office's case officer see nothing of it.
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { allocationApplication, allocationScenario, forumAgendaItem, forumAttendance, forumMeeting } from '../../db/schema/index.ts';
import { insertApplication, insertRound } from '../../test/forum-innstilling-fixture.ts';
import type { Fixtures } from './fixtures.ts';
import { forumFixtures, matrixForumItem } from './forum-fixtures.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

const forumReaders = { admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' } as const;
/** The answers list `allowed`: every verb of the allocation is asked. */
const ALSO = ['forum-allocation.edit', 'forum-allocation.adopt', 'forum-allocation.export'] as const;

let adoptable = 0;

/** A round of the own office ready to adopt: a meeting with the forum actor present, its one item decided, a chosen
 * scenario prioritising the application (with a reason, as it proposes less than asked). Rows written directly. */
async function adoptableRound(db: Db, fx: Fixtures, unique: string) {
  const f = await forumFixtures(db, fx);
  // Written directly, in years no other row uses: the shared matrix rounds run through a limited range of years.
  const round = await insertRound(db, 2900 + adoptable++);
  const app = await insertApplication(db, { roundId: round.id, partnershipId: fx.partnership('forum', 'own'), year: round.year, ownerKr: 100_000, uhKr: 50_000 });
  const [meeting] = await db
    .insert(forumMeeting)
    .values({ officeId: fx.office.own, roundId: round.id, title: `Forumsmøte (matrise ${unique})`, startsAtLocal: '2031-01-15T10:00:00' })
    .returning();
  await db.insert(forumAttendance).values({ meetingId: meeting!.id, memberId: f.memberId, present: true });
  await db
    .insert(forumAgendaItem)
    .values({ meetingId: meeting!.id, position: 1, kind: 'application', applicationId: app.id, title: 'Søknad (matrise)', decisionKind: 'consensus', decisionText: 'Innstilt', decidedAt: new Date() });
  const [scenario] = await db.insert(allocationScenario).values({ roundId: round.id, name: 'Matrise', chosen: true, createdByName: 'Matrise' }).returning();
  await db.insert(allocationApplication).values({ scenarioId: scenario!.id, applicationId: app.id, priority: 1, reason: 'Redusert i matrisen.' });
  return { roundId: round.id, meetingId: meeting!.id };
}

const kept = (ctx: CellContext) => forumFixtures(ctx.db, ctx.fx);

export const forumInnstillingCases: RouteCase[] = [
  {
    route: 'PUT /api/forum/items/:id/vote',
    verb: 'forum-item.vote',
    request: async (ctx) => ({ url: `/api/forum/items/${await matrixForumItem(ctx.db, ctx.fx, ctx.tenancy)}/vote`, body: { option: 'for' } }),
    allow: only({ forum: ['own'] }),
    mutation: true,
    payload: (b) => expect((b as { option: string }).option).toBe('for'),
  },
  {
    route: 'POST /api/forum/items/:id/decision',
    verb: 'forum-item.record-decision',
    request: async (ctx) => ({ url: `/api/forum/items/${await matrixForumItem(ctx.db, ctx.fx, ctx.tenancy)}/decision`, body: { kind: 'consensus', text: `Innstilt ${ctx.unique}` } }),
    allow: only({ saksbehandler: ['own'] }),
    mutation: true,
    payload: (b, ctx) => expect((b as { decision: { kind: string; text: string } }).decision).toMatchObject({ kind: 'consensus', text: `Innstilt ${ctx.unique}` }),
  },
  {
    route: 'GET /api/forum/rounds/:roundId/innstilling',
    verb: 'forum-allocation.read',
    alsoAsks: ALSO,
    request: async (ctx) => ({ url: `/api/forum/rounds/${(await kept(ctx)).roundId[ctx.tenancy]}/innstilling` }),
    allow: only(forumReaders),
    mutation: false,
    payload: (b, ctx) => {
      const { innstilling, allowed } = b as { innstilling: { roundId: string; state: string }; allowed: string[] };
      expect(innstilling.state).toBe('utkast');
      expect(allowed).toContain('export');
      expect(allowed.includes('edit')).toBe(ctx.who === 'saksbehandler' || ctx.who === 'admin');
    },
  },
  {
    route: 'POST /api/forum/rounds/:roundId/innstilling/adopt',
    verb: 'forum-allocation.adopt',
    alsoAsks: ALSO,
    // Only the allowed cell gets a round it can adopt; the others are refused before anything is read.
    request: async (ctx) => {
      const target =
        ctx.who === 'saksbehandler' && ctx.tenancy === 'own'
          ? await adoptableRound(ctx.db, ctx.fx, ctx.unique)
          : { roundId: (await kept(ctx)).roundId[ctx.tenancy], meetingId: (await kept(ctx)).meetingId[ctx.tenancy] };
      return { url: `/api/forum/rounds/${target.roundId}/innstilling/adopt`, body: { meetingId: target.meetingId } };
    },
    allow: only({ saksbehandler: ['own'] }),
    mutation: true,
    payload: (b) => expect((b as { innstilling: { state: string } }).innstilling.state).toBe('vedtatt'),
  },
  {
    route: 'GET /api/forum/rounds/:roundId/innstilling.:format',
    verb: 'forum-allocation.export',
    request: async (ctx) => ({ url: `/api/forum/rounds/${(await kept(ctx)).roundId[ctx.tenancy]}/innstilling.pdf` }),
    allow: only(forumReaders),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('application/pdf');
      expect(String(b).slice(0, 5)).toBe('%PDF-');
    },
  },
];
