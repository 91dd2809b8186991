// The samarbeidsforum's "allocation" routes in the access matrix (issue 13, point 4). A round's scenarios and the
// allocation screen: read by the office's secretariat, its forum members and readers; created, changed, chosen,
// copied and deleted by the secretariat only — a forum member reads but cannot edit. Partnerships (an owner, the
// UH contact, the study centre) see nothing, and another office's case officer nothing of this office's round.
//
// The cells work on the forum fixtures' round of each office (one submitted application); the other areas adopt
// innstillinger only in rounds of their own, so these scenarios stay open.
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { insertScenario, setApplicationChoice } from '../../db/forum-allocation-repository.ts';
import { forumFixtures } from './forum-fixtures.ts';
import type { Fixtures } from './fixtures.ts';
import { only, type CellContext, type RouteCase, type Tenancy } from './matrix.ts';

/** Who reads the office's forum work: its secretariat, its members, its readers (the demo reader reads every office). */
const forumReaders = { admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' } as const;
const secretariat = { admin: 'both', saksbehandler: ['own'] } as const;
/** The routes answering with `allowed` ask every verb of the allocation. */
const ALSO = ['forum-allocation.edit', 'forum-allocation.adopt', 'forum-allocation.export'] as const;

type Pair = Record<Tenancy, string>;
type AllocationFixtures = { roundId: Pair; applicationId: Pair; a: Pair; b: Pair };

const made = new WeakMap<Db, Promise<AllocationFixtures>>();
function allocationFixtures(db: Db, fx: Fixtures): Promise<AllocationFixtures> {
  if (!made.has(db))
    made.set(
      db,
      (async () => {
        const out: AllocationFixtures = { roundId: {} as Pair, applicationId: {} as Pair, a: {} as Pair, b: {} as Pair };
        const f = await forumFixtures(db, fx);
        for (const tenancy of ['own', 'other'] as const) {
          out.roundId[tenancy] = f.roundId[tenancy];
          out.applicationId[tenancy] = f.applicationId[tenancy];
          out.a[tenancy] = (await insertScenario(db, { roundId: f.roundId[tenancy], name: 'Matrise A', createdByName: 'Matrise' })).id;
          out.b[tenancy] = (await insertScenario(db, { roundId: f.roundId[tenancy], name: 'Matrise B', createdByName: 'Matrise' })).id;
        }
        return out;
      })(),
    );
  return made.get(db)!;
}

const fixtures = (ctx: CellContext) => allocationFixtures(ctx.db, ctx.fx);
/** A fresh scenario of the tenancy's round, for a cell that changes or removes it (written without an audit row). */
async function freshScenario(ctx: CellContext) {
  const f = await fixtures(ctx);
  return insertScenario(ctx.db, { roundId: f.roundId[ctx.tenancy], name: `Matrise ${ctx.unique}`, createdByName: 'Matrise' });
}

type Screen = { scenario: { id: string }; applications: { id: string }[]; totals: unknown[]; allowed: string[] };
const expectScreen = (b: unknown, ctx: CellContext) => {
  const s = b as Screen;
  expect(s.applications.length).toBe(1);
  expect(s.totals.length).toBe(3);
  expect(s.allowed.includes('edit')).toBe(only(secretariat)(ctx.who, ctx.tenancy));
};

export const forumAllocationCases: RouteCase[] = [
  {
    route: 'GET /api/forum/rounds/:roundId/scenarios',
    verb: 'forum-allocation.read',
    alsoAsks: ALSO,
    request: async (ctx) => ({ url: `/api/forum/rounds/${(await fixtures(ctx)).roundId[ctx.tenancy]}/scenarios` }),
    allow: only(forumReaders),
    mutation: false,
    payload: (b, ctx) => {
      const { scenarios, allowed } = b as { scenarios: { name: string }[]; allowed: string[] };
      expect(scenarios.map((s) => s.name)).toContain('Matrise A');
      expect(allowed.includes('edit')).toBe(only(secretariat)(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'POST /api/forum/rounds/:roundId/scenarios',
    verb: 'forum-allocation.edit',
    request: async (ctx) => ({ url: `/api/forum/rounds/${(await fixtures(ctx)).roundId[ctx.tenancy]}/scenarios`, body: { name: `Som omsøkt ${ctx.unique}`, from: 'asked' } }),
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect((b as { scenario: { name: string } }).scenario.name).toBe(`Som omsøkt ${ctx.unique}`),
  },
  {
    route: 'GET /api/forum/scenarios/compare',
    verb: 'forum-allocation.read',
    request: async (ctx) => {
      const f = await fixtures(ctx);
      return { url: `/api/forum/scenarios/compare?a=${f.a[ctx.tenancy]}&b=${f.b[ctx.tenancy]}` };
    },
    allow: only(forumReaders),
    mutation: false,
    payload: (b) => {
      const c = b as { applications: unknown[]; totals: { a: unknown[]; b: unknown[] } };
      expect(c.applications.length).toBe(1);
      expect(c.totals.b.length).toBe(3);
    },
  },
  {
    route: 'GET /api/forum/scenarios/:id',
    verb: 'forum-allocation.read',
    alsoAsks: ALSO,
    request: async (ctx) => ({ url: `/api/forum/scenarios/${(await fixtures(ctx)).a[ctx.tenancy]}` }),
    allow: only(forumReaders),
    mutation: false,
    payload: expectScreen,
  },
  {
    route: 'PUT /api/forum/scenarios/:id',
    verb: 'forum-allocation.edit',
    request: async (ctx) => ({ url: `/api/forum/scenarios/${(await freshScenario(ctx)).id}`, body: { name: `Nytt navn ${ctx.unique}`, expectedVersion: 1 } }),
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect((b as { scenario: { name: string; version: number } }).scenario).toMatchObject({ name: `Nytt navn ${ctx.unique}`, version: 2 }),
  },
  {
    route: 'DELETE /api/forum/scenarios/:id',
    verb: 'forum-allocation.edit',
    request: async (ctx) => ({ url: `/api/forum/scenarios/${(await freshScenario(ctx)).id}` }),
    allow: only(secretariat),
    mutation: true,
    payload: () => {},
  },
  {
    route: 'PUT /api/forum/scenarios/:id/lines',
    verb: 'forum-allocation.edit',
    alsoAsks: ALSO,
    request: async (ctx) => ({ url: `/api/forum/scenarios/${(await freshScenario(ctx)).id}/lines`, body: { lines: [], expectedVersion: 1 } }),
    allow: only(secretariat),
    mutation: true,
    payload: expectScreen,
  },
  {
    route: 'PUT /api/forum/scenarios/:id/applications/:applicationId',
    verb: 'forum-allocation.edit',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const f = await fixtures(ctx);
      return {
        url: `/api/forum/scenarios/${(await freshScenario(ctx)).id}/applications/${f.applicationId[ctx.tenancy]}`,
        body: { priority: null, reason: 'Ligger utenfor langsiktig plan.', expectedVersion: 1 },
      };
    },
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => {
      expectScreen(b, ctx);
      expect((b as { gaps: unknown[] }).gaps).toEqual([]);
    },
  },
  {
    route: 'POST /api/forum/scenarios/:id/choose',
    verb: 'forum-allocation.edit',
    request: async (ctx) => {
      const f = await fixtures(ctx);
      // Nothing proposed, with the reason given: ready to be chosen.
      const s = await freshScenario(ctx);
      await setApplicationChoice(ctx.db, { scenarioId: s.id, applicationId: f.applicationId[ctx.tenancy], priority: null, reason: 'Ligger utenfor langsiktig plan.' });
      return { url: `/api/forum/scenarios/${s.id}/choose` };
    },
    allow: only(secretariat),
    mutation: true,
    payload: (b) => expect((b as { scenario: { chosen: boolean } }).scenario.chosen).toBe(true),
  },
  {
    route: 'POST /api/forum/scenarios/:id/copy',
    verb: 'forum-allocation.edit',
    request: async (ctx) => ({ url: `/api/forum/scenarios/${(await fixtures(ctx)).a[ctx.tenancy]}/copy`, body: { name: `Kopi ${ctx.unique}` } }),
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect((b as { scenario: { name: string } }).scenario.name).toBe(`Kopi ${ctx.unique}`),
  },
];
