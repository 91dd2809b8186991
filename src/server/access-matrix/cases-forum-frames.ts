// The samarbeidsforum's "frames" routes in the access matrix (issue 13): an office's budget frames are read by its
// secretariat, its forum and the readers, and set or deleted only by its secretariat — a forum member cannot change
// frames ("Must show"), nor can anyone at another office.
import { expect } from 'vitest';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { setBudgetFrame } from '../../usecases/forum/set-budget-frame.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

const officeReaders = only({ admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' });
/** The secretariat: the office's case officers (and the admin). */
const secretariat = only({ admin: 'both', saksbehandler: ['own'] });

/** A scheme no demo or matrix round uses in 2001–2059, so each cell gets a frame of its own (no round rests on it). */
const SCHEME = 'kompetansepilot';
let nextYear = 2001;
const freshYear = () => nextYear++;

type FrameList = { officeId: string; allowed: string[]; schemes: { schemeId: string; frames: { year: number }[] }[] };

/** An estimate at the cell's office, made as the admin before the cell's request (for the delete cells). */
async function estimate(ctx: CellContext): Promise<string> {
  const year = freshYear();
  const admin = await demoActor(ctx.db, 'admin');
  await setBudgetFrame({ db: ctx.db, actor: admin, clock: systemClock, officeId: ctx.fx.office[ctx.tenancy], schemeId: SCHEME, year, input: { amountKr: 2_000_000, confirmed: false, source: null } });
  return `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/frames/${SCHEME}/${year}`;
}

export const forumFramesCases: RouteCase[] = [
  {
    route: 'GET /api/forum/offices/:officeId/frames',
    verb: 'budget-frame.read',
    alsoAsks: ['budget-frame.edit'],
    request: (ctx) => ({ url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/frames` }),
    allow: officeReaders,
    mutation: false,
    payload: (b, ctx) => {
      const list = b as FrameList;
      expect(list.officeId).toBe(ctx.fx.office[ctx.tenancy]);
      expect(list.schemes.length).toBeGreaterThan(0);
      // Only the secretariat is offered editing; the forum and the readers see the frames.
      expect(list.allowed.includes('edit')).toBe(secretariat(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/forum/offices/:officeId/frames/:schemeId/:year',
    verb: 'budget-frame.edit',
    request: (ctx) => ({
      url: `/api/forum/offices/${ctx.fx.office[ctx.tenancy]}/frames/${SCHEME}/${freshYear()}`,
      body: { amountKr: 12_500_000, confirmed: true, source: `Tildelingsbrev (${ctx.unique})` },
    }),
    allow: secretariat,
    mutation: true,
    payload: (b) => expect((b as { frame: { amountKr: number; confirmed: boolean } }).frame).toMatchObject({ amountKr: 12_500_000, confirmed: true }),
  },
  {
    route: 'DELETE /api/forum/offices/:officeId/frames/:schemeId/:year',
    verb: 'budget-frame.edit',
    request: async (ctx) => ({ url: await estimate(ctx) }),
    allow: secretariat,
    mutation: true,
    payload: () => {},
  },
];
