// The utbetaling module's "unused money" routes in the access matrix (issue 15 point 2; ADR 027). The office's case
// officers register, decide and record repayments; a row and its claim letter are read by the office's money readers
// (case officers, budsjettdisponenter, readers) and by the partnership's own people — an owner's coordinator and its
// UH see their own claim only, never another partnership's; the forum and study centres see none. The office's
// repayment settings are read by its money readers and kept by its case officers.
//
// Refused cells use the kept rows (unused-fixtures.ts); allowed cells that change something get a fresh row each.
import { expect } from 'vitest';
import { findUtbetalingSetting } from '../../db/utbetaling-setting-repository.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { PARTNERSHIP_MONEY_VERBS, UTBETALING_VERBS } from '../../domain/utbetaling/policy.ts';
import type { UnusedFunds, UtbetalingSettings } from '../../domain/utbetaling/unused-contract.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';
import { freshUnused, ownerLineOf, unusedFixtures, type MatrixUnused } from './unused-fixtures.ts';

const MONEY_ALSO: PolicyVerb[] = PARTNERSHIP_MONEY_VERBS.filter((v) => v !== 'read').map((v) => `partnership-money.${v}` as const);
const OFFICE_ALSO: PolicyVerb[] = UTBETALING_VERBS.filter((v) => v !== 'read').map((v) => `utbetaling.${v}` as const);

const moneyReaders = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both' });
const partnershipReaders = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both', koordinator: ['own'], uh: ['own'] });
const officers = only({ admin: 'both', saksbehandler: ['own'] });

const kept = (ctx: CellContext) => unusedFixtures(ctx.db, ctx.fx);
const unused = (b: unknown) => (b as { unused: UnusedFunds }).unused;

/** A fresh row for a cell allowed to change it; the kept one for a refused cell. */
async function rowFor(ctx: CellContext, state: 'registrert' | 'krevd'): Promise<MatrixUnused> {
  if (officers(ctx.who, ctx.tenancy)) return freshUnused(ctx.db, ctx.fx, ctx.tenancy, state);
  const f = await kept(ctx);
  return state === 'registrert' ? f.registered[ctx.tenancy] : f.claimed[ctx.tenancy];
}

export const utbetalingUnusedCases: RouteCase[] = [
  {
    route: 'POST /api/utbetaling/vedtak/:vedtakId/unused',
    verb: 'partnership-money.register-unused',
    alsoAsks: MONEY_ALSO,
    request: async (ctx) => {
      const plan = (await kept(ctx)).plan[ctx.tenancy];
      const line = ownerLineOf(plan);
      return {
        url: `/api/utbetaling/vedtak/${plan.vedtakId}/unused`,
        body: { year: line.year, recipient: 'owner', recipientOrgId: line.recipientOrgId, amountKr: 1, source: 'kontor', note: `Matrise ${ctx.unique}` },
      };
    },
    allow: officers,
    mutation: true,
    payload: (b, ctx) => {
      expect(unused(b)).toMatchObject({ state: 'registrert', amountKr: 1, note: `Matrise ${ctx.unique}` });
      expect(unused(b).allowed).toContain('decide-unused');
    },
  },
  {
    route: 'GET /api/utbetaling/unused/:id',
    verb: 'partnership-money.read',
    alsoAsks: MONEY_ALSO,
    request: async (ctx) => ({ url: `/api/utbetaling/unused/${(await kept(ctx)).claimed[ctx.tenancy].id}` }),
    allow: partnershipReaders,
    mutation: false,
    payload: (b, ctx) => {
      expect(unused(b)).toMatchObject({ state: 'krevd', claim: { ready: true, kontonr: '76940512057' } });
      expect(unused(b).allowed.includes('decide-unused')).toBe(officers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'POST /api/utbetaling/unused/:id/decision',
    verb: 'partnership-money.decide-unused',
    alsoAsks: MONEY_ALSO,
    request: async (ctx) => {
      const row = await rowFor(ctx, 'registrert');
      return { url: `/api/utbetaling/unused/${row.id}/decision`, body: { decision: 'overfort', reason: 'Tiltaket fortsetter.', expectedVersion: row.version } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(unused(b)).toMatchObject({ state: 'overfort', reason: 'Tiltaket fortsetter.' }),
  },
  {
    route: 'POST /api/utbetaling/unused/:id/received',
    verb: 'partnership-money.record-received',
    alsoAsks: MONEY_ALSO,
    request: async (ctx) => {
      const row = await rowFor(ctx, 'krevd');
      return { url: `/api/utbetaling/unused/${row.id}/received`, body: { receivedOnLocal: '2099-01-15', amountKr: 400, expectedVersion: row.version } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(unused(b)).toMatchObject({ state: 'krevd', receivedKr: 400, receivedOnLocal: '2099-01-15' }),
  },
  {
    route: 'GET /api/utbetaling/unused/:id/claim.:format',
    verb: 'partnership-money.read',
    request: async (ctx) => ({ url: `/api/utbetaling/unused/${(await kept(ctx)).claimed[ctx.tenancy].id}/claim.pdf` }),
    allow: partnershipReaders,
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('application/pdf');
      expect(String(b).slice(0, 5)).toBe('%PDF-');
    },
  },
  {
    route: 'GET /api/utbetaling/settings',
    verb: 'utbetaling.read',
    alsoAsks: OFFICE_ALSO,
    request: (ctx) => ({ url: `/api/utbetaling/settings?embete=${ctx.fx.office[ctx.tenancy]}` }),
    allow: moneyReaders,
    mutation: false,
    payload: (b, ctx) => {
      const { settings, allowed } = b as { settings: UtbetalingSettings; allowed: string[] };
      expect(settings).toMatchObject({ officeId: ctx.fx.office[ctx.tenancy], repaymentDays: expect.any(Number) });
      expect(allowed.includes('edit-settings')).toBe(officers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/utbetaling/settings',
    verb: 'utbetaling.edit-settings',
    request: async (ctx) => {
      const officeId = ctx.fx.office[ctx.tenancy];
      const row = await findUtbetalingSetting(ctx.db, officeId);
      return { url: `/api/utbetaling/settings?embete=${officeId}`, body: { repaymentKontonr: '7694 05 12057', repaymentDays: 30, ...(row ? { expectedVersion: row.version } : {}) } };
    },
    allow: officers,
    mutation: true,
    payload: (b, ctx) => {
      const { settings } = b as { settings: UtbetalingSettings };
      expect(settings).toMatchObject({ officeId: ctx.fx.office[ctx.tenancy], repaymentKontonr: '76940512057', repaymentDays: 30 });
    },
  },
];
