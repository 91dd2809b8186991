// The samarbeidsforum's "review" routes in the access matrix (issue 13, point 3). A round's criteria: read by the
// office's secretariat, its forum and readers, edited by the secretariat only. A review: only a member who may
// prepare the item (the 'forum' actor, on the own office's item) — never the secretariat, never the admin (scoring
// is a personal act). The scores: the secretariat side by side; a member gets 200 with no one else's scores before
// submitting their own; partnerships, readers and another office nothing. The assessment: the secretariat.
import { expect } from 'vitest';
import { insertCriteria, insertReview, listCriteria as criteriaRows, replaceScores } from '../../db/forum-review-repository.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { listCriteria } from '../../usecases/forum/list-criteria.ts';
import { forumFixtures, matrixForumItem } from './forum-fixtures.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

/** Who reads the office's forum work: its secretariat, its members, its readers (the demo reader reads every office). */
const forumReaders = { admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' } as const;
const secretariat = { admin: 'both', saksbehandler: ['own'] } as const;
/** Who may score the own office's item: its member, and nobody else — not the admin. */
const scorer = { forum: ['own'] } as const;
const scoreReaders = { admin: 'both', saksbehandler: ['own'], forum: ['own'] } as const;

const fixtures = (ctx: CellContext) => forumFixtures(ctx.db, ctx.fx);
const roundOf = async (ctx: CellContext) => (await fixtures(ctx)).roundId[ctx.tenancy];

/** The round's criteria, seeded if no cell has read them yet (seeding writes no audit row). */
async function criteriaOf(ctx: CellContext) {
  const roundId = await roundOf(ctx);
  await listCriteria({ db: ctx.db, clock: systemClock, actor: await demoActor(ctx.db, 'admin'), roundId });
  return { roundId, criteria: await criteriaRows(ctx.db, roundId) };
}

/** A fresh item with the 'forum' actor's complete draft review in it (at the other office he holds no seat, but the
 * row shows a refused submit changes nothing). */
async function itemWithCompleteDraft(ctx: CellContext) {
  const f = await fixtures(ctx);
  const { criteria } = await criteriaOf(ctx);
  const itemId = await matrixForumItem(ctx.db, ctx.fx, ctx.tenancy);
  await insertReview(ctx.db, { itemId, memberId: f.memberId, personId: f.personId, comment: `Matrise ${ctx.unique}` });
  await replaceScores(
    ctx.db,
    itemId,
    f.memberId,
    criteria.map((c) => ({ criterionId: c.id, score: 3, comment: null })),
  );
  return itemId;
}

export const forumReviewCases: RouteCase[] = [
  {
    route: 'GET /api/forum/rounds/:roundId/criteria',
    verb: 'forum.read',
    alsoAsks: ['forum.edit-criteria'],
    request: async (ctx) => ({ url: `/api/forum/rounds/${await roundOf(ctx)}/criteria` }),
    allow: only(forumReaders),
    mutation: false,
    payload: (b, ctx) => {
      const { criteria, mayEdit } = b as { criteria: unknown[]; mayEdit: boolean };
      expect(criteria.length).toBeGreaterThan(0);
      expect(mayEdit).toBe(only(secretariat)(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'POST /api/forum/rounds/:roundId/criteria',
    verb: 'forum.edit-criteria',
    request: async (ctx) => ({ url: `/api/forum/rounds/${await roundOf(ctx)}/criteria`, body: { title: `Kriterium ${ctx.unique}`, description: null } }),
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect((b as { criterion: Json }).criterion).toMatchObject({ title: `Kriterium ${ctx.unique}` }),
  },
  {
    route: 'PUT /api/forum/rounds/:roundId/criteria/order',
    verb: 'forum.edit-criteria',
    request: async (ctx) => {
      const { roundId, criteria } = await criteriaOf(ctx);
      return { url: `/api/forum/rounds/${roundId}/criteria/order`, body: { ids: criteria.map((c) => c.id).reverse() } };
    },
    allow: only(secretariat),
    mutation: true,
    payload: (b) => expect((b as { criteria: unknown[] }).criteria.length).toBeGreaterThan(1),
  },
  {
    route: 'PUT /api/forum/rounds/:roundId/criteria/:id',
    verb: 'forum.edit-criteria',
    request: async (ctx) => {
      const { roundId, criteria } = await criteriaOf(ctx);
      return { url: `/api/forum/rounds/${roundId}/criteria/${criteria[0]!.id}`, body: { title: `Endret ${ctx.unique}`, description: 'Ny beskrivelse' } };
    },
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect((b as { criterion: Json }).criterion).toMatchObject({ title: `Endret ${ctx.unique}` }),
  },
  {
    route: 'DELETE /api/forum/rounds/:roundId/criteria/:id',
    verb: 'forum.edit-criteria',
    // A fresh criterion per cell, nobody's scores on it: the allowed cells delete it.
    request: async (ctx) => {
      const { roundId } = await criteriaOf(ctx);
      const [fresh] = await insertCriteria(ctx.db, roundId, [{ title: `Slettes ${ctx.unique}`, description: null }]);
      return { url: `/api/forum/rounds/${roundId}/criteria/${fresh!.id}` };
    },
    allow: only(secretariat),
    mutation: true,
    payload: () => undefined,
  },
  {
    route: 'GET /api/forum/items/:id/review',
    verb: 'forum-item.score',
    request: async (ctx) => ({ url: `/api/forum/items/${(await fixtures(ctx)).itemId[ctx.tenancy]}/review` }),
    allow: only(scorer),
    mutation: false,
    payload: (b) => {
      const mine = b as { memberId: string; memberName: string; byDeputy: boolean; criteria: unknown[] };
      expect(mine.memberName).toMatch(/^Frode /);
      expect(mine.byDeputy).toBe(false);
      expect(mine.criteria.length).toBeGreaterThan(0);
    },
  },
  {
    route: 'PUT /api/forum/items/:id/review',
    verb: 'forum-item.score',
    // A fresh item per cell, so each allowed save is the seat's first (version 0).
    request: async (ctx) => {
      const { criteria } = await criteriaOf(ctx);
      const itemId = await matrixForumItem(ctx.db, ctx.fx, ctx.tenancy);
      return {
        url: `/api/forum/items/${itemId}/review`,
        body: { comment: `Matrise ${ctx.unique}`, scores: [{ criterionId: criteria[0]!.id, score: 4, comment: null }], baseVersion: 0 },
      };
    },
    allow: only(scorer),
    mutation: true,
    payload: (b, ctx) => expect((b as { review: Json }).review).toMatchObject({ comment: `Matrise ${ctx.unique}`, submittedAt: null, version: 1 }),
  },
  {
    route: 'POST /api/forum/items/:id/review/submit',
    verb: 'forum-item.score',
    request: async (ctx) => ({ url: `/api/forum/items/${await itemWithCompleteDraft(ctx)}/review/submit`, body: { baseVersion: 1 } }),
    allow: only(scorer),
    mutation: true,
    payload: (b) => expect((b as { review: { submittedAt: string | null } }).review.submittedAt).not.toBeNull(),
  },
  {
    route: 'GET /api/forum/items/:id/scores',
    verb: 'forum-item.read-scores',
    alsoAsks: ['forum-item.score', 'forum-item.assess'],
    request: async (ctx) => ({ url: `/api/forum/items/${(await fixtures(ctx)).itemId[ctx.tenancy]}/scores` }),
    allow: only(scoreReaders),
    mutation: false,
    payload: (b, ctx) => {
      const scores = b as { othersShown: boolean; reviews: unknown[]; spread: unknown[]; progress: unknown[] | null; criteria: unknown[] };
      expect(scores.criteria.length).toBeGreaterThan(0);
      if (ctx.who === 'forum') {
        // A member who has not submitted gets none of the others' scores, and not the secretariat's overview.
        expect(scores).toMatchObject({ othersShown: false, reviews: [], spread: [], progress: null });
      } else {
        expect(scores.othersShown).toBe(true);
        expect(scores.progress).not.toBeNull();
      }
    },
  },
  {
    route: 'PUT /api/forum/items/:id/assessment',
    verb: 'forum-item.assess',
    request: async (ctx) => ({
      url: `/api/forum/items/${await matrixForumItem(ctx.db, ctx.fx, ctx.tenancy)}/assessment`,
      body: { assessment: `Forumets vurdering ${ctx.unique}`, expectedVersion: 1 },
    }),
    allow: only(secretariat),
    mutation: true,
    payload: (b, ctx) => expect(b).toMatchObject({ assessment: `Forumets vurdering ${ctx.unique}`, version: 2 }),
  },
];
