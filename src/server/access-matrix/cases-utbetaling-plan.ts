// The utbetaling module's "plan" and "accounts" routes in the access matrix (issue 15, point 1). The office's case
// officers make and approve a round's payment plan and decide account changes; the office's money readers
// (budsjettdisponenter, readers) read the plan; the forum and the partnerships see no plan, file or account list.
// A partnership's own people (its coordinator, its UH) read their own partnership's money, never another's; another
// office's people see nothing.
//
// Refused cells use the kept fixtures (utbetaling-fixtures.ts); allowed cells that change something get a fresh round
// or account change each, so every cell meets the same state.
import { expect } from 'vitest';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import type { PartnershipMoneyAnswer, PaymentPlanAnswer } from '../../domain/utbetaling/plan-contract.ts';
import { ACCOUNT_CHANGE_VERBS, PARTNERSHIP_MONEY_VERBS, UTBETALING_VERBS } from '../../domain/utbetaling/policy.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';
import { matrixAccountChange, matrixPlannedRound, utbetalingFixtures, type MatrixAccountChange } from './utbetaling-fixtures.ts';

/** Every plan answer lists what the actor may do with the round's money: those verbs are asked. */
const PLAN_ALSO: PolicyVerb[] = UTBETALING_VERBS.map((v) => `utbetaling.${v}` as const);
const MONEY_ALSO: PolicyVerb[] = PARTNERSHIP_MONEY_VERBS.filter((v) => v !== 'read').map((v) => `partnership-money.${v}` as const);
const CHANGE_ALSO: PolicyVerb[] = ACCOUNT_CHANGE_VERBS.map((v) => `account-change.${v}` as const);

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both' });
const officers = only({ admin: 'both', saksbehandler: ['own'] });
const partnershipReaders = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both', koordinator: ['own'], uh: ['own'] });
const accountReaders = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'] });

const kept = (ctx: CellContext) => utbetalingFixtures(ctx.db, ctx.fx);
const plan = (b: unknown) => b as PaymentPlanAnswer;

/** A fresh account change for a cell allowed to decide it; the kept one for a refused cell. */
async function changeFor(ctx: CellContext): Promise<MatrixAccountChange> {
  return officers(ctx.who, ctx.tenancy) ? matrixAccountChange(ctx.db, ctx.fx, ctx.tenancy) : (await kept(ctx)).pendingChange[ctx.tenancy];
}

export const utbetalingPlanCases: RouteCase[] = [
  {
    route: 'GET /api/utbetaling/rounds/:roundId/plan',
    verb: 'utbetaling.read',
    alsoAsks: PLAN_ALSO,
    request: async (ctx) => ({ url: `/api/utbetaling/rounds/${(await kept(ctx)).planned[ctx.tenancy].roundId}/plan` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const answer = plan(b);
      expect(answer.recipients.length).toBeGreaterThan(0);
      expect(answer.totals.unapprovedCount).toBe(0);
      expect(answer.tilsagn[0]).toMatchObject({ state: 'akseptert', planned: true });
      expect(answer.allowed.includes('approve-plan')).toBe(officers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'POST /api/utbetaling/rounds/:roundId/plan',
    verb: 'utbetaling.approve-plan',
    alsoAsks: PLAN_ALSO,
    request: async (ctx) => {
      const round = officers(ctx.who, ctx.tenancy) ? await matrixPlannedRound(ctx.db, ctx.fx, ctx.tenancy, 'accepted') : (await kept(ctx)).accepted[ctx.tenancy];
      return { url: `/api/utbetaling/rounds/${round.roundId}/plan` };
    },
    allow: officers,
    mutation: true,
    payload: (b) => {
      const answer = plan(b);
      expect(answer.recipients.length).toBeGreaterThan(0);
      expect(answer.totals).toMatchObject({ unplannedCount: 0 });
      expect(answer.totals.unapprovedCount).toBeGreaterThan(0);
    },
  },
  {
    route: 'POST /api/utbetaling/rounds/:roundId/plan/approve',
    verb: 'utbetaling.approve-plan',
    alsoAsks: PLAN_ALSO,
    request: async (ctx) => {
      const round = officers(ctx.who, ctx.tenancy) ? await matrixPlannedRound(ctx.db, ctx.fx, ctx.tenancy, 'made') : (await kept(ctx)).accepted[ctx.tenancy];
      return { url: `/api/utbetaling/rounds/${round.roundId}/plan/approve` };
    },
    allow: officers,
    mutation: true,
    payload: (b) => {
      const answer = plan(b);
      expect(answer.totals.unapprovedCount).toBe(0);
      expect(answer.recipients.flatMap((r) => r.years.flatMap((y) => y.lines)).some((l) => l.kind === 'utbetaling' && l.kontonr !== null)).toBe(true);
    },
  },
  {
    route: 'GET /api/utbetaling/partnerships/:id',
    verb: 'partnership-money.read',
    alsoAsks: MONEY_ALSO,
    request: async (ctx) => ({ url: `/api/utbetaling/partnerships/${(await kept(ctx)).planned[ctx.tenancy].partnershipId}` }),
    allow: partnershipReaders,
    mutation: false,
    payload: (b, ctx) => {
      const answer = b as PartnershipMoneyAnswer;
      expect(answer.years.length).toBeGreaterThan(0);
      expect(answer.allowed.includes('decide-unused')).toBe(officers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'GET /api/utbetaling/account-changes',
    verb: 'account-change.read',
    alsoAsks: CHANGE_ALSO,
    request: async (ctx) => {
      await kept(ctx);
      return { url: `/api/utbetaling/account-changes?embete=${ctx.fx.office[ctx.tenancy]}` };
    },
    allow: accountReaders,
    mutation: false,
    payload: (b, ctx) => {
      const waiting = (b as { changes: { state: string; allowed: string[] }[] }).changes.filter((c) => c.state === 'venter');
      expect(waiting.length).toBeGreaterThan(0);
      // The office's own organisations' changes: decided by its case officers only.
      expect(waiting.every((c) => c.allowed.includes('confirm') === officers(ctx.who, ctx.tenancy))).toBe(true);
    },
  },
  {
    route: 'POST /api/utbetaling/account-changes/:id/confirm',
    verb: 'account-change.confirm',
    alsoAsks: CHANGE_ALSO,
    request: async (ctx) => {
      const change = await changeFor(ctx);
      return { url: `/api/utbetaling/account-changes/${change.id}/confirm`, body: { expectedVersion: change.version } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ change: { state: 'bekreftet' }, linesMoved: 0, batches: [] }),
  },
  {
    route: 'POST /api/utbetaling/account-changes/:id/reject',
    verb: 'account-change.confirm',
    alsoAsks: CHANGE_ALSO,
    request: async (ctx) => {
      const change = await changeFor(ctx);
      return { url: `/api/utbetaling/account-changes/${change.id}/reject`, body: { expectedVersion: change.version } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ change: { state: 'avvist' }, linesMoved: 0, batches: [] }),
  },
];
