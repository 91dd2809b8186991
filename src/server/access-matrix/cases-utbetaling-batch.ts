// The utbetaling module's "batches" routes in the access matrix (issue 15, point 1; ADR 027). The office's case
// officers make, change, send, export and mark paid; approving and returning are a budsjettdisponent's personal act —
// never the one who prepared or sent the batch (Siri here: self-approval refused), never the admin by that role. The
// office's batches are read by its case officers, budsjettdisponenter and readers; the forum and the partnerships
// (an owner's coordinator, a UH) see no batch and get no payment file, and another office's people see nothing.
//
// Refused cells use the kept fixtures (payment-batch-fixtures.ts); allowed cells that change something get a fresh
// batch each, so every cell meets the same state.
import { expect } from 'vitest';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import type { PaymentBatchDetail, RoundPaymentBatchesAnswer } from '../../domain/utbetaling/batch-contract.ts';
import type { TPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { PAYMENT_BATCH_VERBS, UTBETALING_VERBS } from '../../domain/utbetaling/policy.ts';
import { only, type CellContext, type RouteCase, type Tenancy, type Who } from './matrix.ts';
import { matrixPaymentBatch, matrixPaymentRound, paymentBatchFixtures, type MatrixPaymentBatch } from './payment-batch-fixtures.ts';

/** Every answer lists what the actor may do with each batch. */
const BATCH_ALSO: PolicyVerb[] = PAYMENT_BATCH_VERBS.map((v) => `payment-batch.${v}` as const);
const ROUND_ALSO: PolicyVerb[] = [...UTBETALING_VERBS.map((v) => `utbetaling.${v}` as const), ...BATCH_ALSO];

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both' });
const officers = only({ admin: 'both', saksbehandler: ['own'] });
const approver = only({ budsjettdisponent: ['own'] });

const kept = (ctx: CellContext) => paymentBatchFixtures(ctx.db, ctx.fx);
const detail = (b: unknown) => b as PaymentBatchDetail;

/** A fresh batch in `state` for a cell allowed to change it; the kept one for a refused cell. */
async function batchFor(ctx: CellContext, allow: (who: Who, tenancy: Tenancy) => boolean, state: Exclude<TPaymentBatchState, 'betalt'>): Promise<MatrixPaymentBatch> {
  return allow(ctx.who, ctx.tenancy) ? matrixPaymentBatch(ctx.db, ctx.fx, ctx.tenancy, state) : (await kept(ctx))[ctx.tenancy][state];
}

export const utbetalingBatchCases: RouteCase[] = [
  {
    route: 'GET /api/utbetaling/rounds/:roundId/batches',
    verb: 'utbetaling.read',
    alsoAsks: ROUND_ALSO,
    request: async (ctx) => ({ url: `/api/utbetaling/rounds/${(await kept(ctx))[ctx.tenancy].round.roundId}/batches` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const answer = b as RoundPaymentBatchesAnswer;
      expect(answer.batches.map((x) => x.state)).toEqual(['utkast', 'til-godkjenning', 'godkjent', 'eksportert']);
      expect(answer.lines.length).toBeGreaterThan(0);
      expect(answer.allowed.includes('prepare-batch')).toBe(officers(ctx.who, ctx.tenancy));
      expect(answer.batches[1]!.allowed.includes('approve')).toBe(ctx.who === 'budsjettdisponent');
    },
  },
  {
    route: 'POST /api/utbetaling/rounds/:roundId/batches',
    verb: 'utbetaling.prepare-batch',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const round = officers(ctx.who, ctx.tenancy) ? await matrixPaymentRound(ctx.db, ctx.fx, ctx.tenancy) : (await kept(ctx))[ctx.tenancy].round;
      return { url: `/api/utbetaling/rounds/${round.roundId}/batches`, body: { items: [{ lineId: round.lineIds[1]!, amountKr: 5_000 }] } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => {
      expect(detail(b).batch).toMatchObject({ state: 'utkast', totalKr: 5_000, itemCount: 1 });
      expect(detail(b).items[0]!.kontonr).toBe('12345678903');
    },
  },
  {
    route: 'GET /api/utbetaling/batches/:id',
    verb: 'payment-batch.read',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => ({ url: `/api/utbetaling/batches/${(await kept(ctx))[ctx.tenancy]['til-godkjenning'].batchId}` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      expect(detail(b).batch.state).toBe('til-godkjenning');
      expect(detail(b).items).toHaveLength(1);
      expect(detail(b).batch.allowed.includes('approve')).toBe(ctx.who === 'budsjettdisponent');
    },
  },
  {
    route: 'PUT /api/utbetaling/batches/:id',
    verb: 'payment-batch.edit',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utkast');
      return { url: `/api/utbetaling/batches/${batch.batchId}`, body: { expectedVersion: batch.version, items: [{ lineId: batch.lineIds[0]!, amountKr: 7_000 }] } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(detail(b).batch).toMatchObject({ state: 'utkast', totalKr: 7_000 }),
  },
  {
    route: 'POST /api/utbetaling/batches/:id/submit',
    verb: 'payment-batch.submit',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utkast');
      return { url: `/api/utbetaling/batches/${batch.batchId}/submit`, body: { expectedVersion: batch.version } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(detail(b).batch.state).toBe('til-godkjenning'),
  },
  {
    route: 'POST /api/utbetaling/batches/:id/approve',
    verb: 'payment-batch.approve',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, approver, 'til-godkjenning');
      return { url: `/api/utbetaling/batches/${batch.batchId}/approve`, body: { expectedVersion: batch.version } };
    },
    allow: approver,
    mutation: true,
    payload: (b) => expect(detail(b).batch).toMatchObject({ state: 'godkjent', approvedByName: 'Bjørn Disponent' }),
  },
  {
    route: 'POST /api/utbetaling/batches/:id/return',
    verb: 'payment-batch.return',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, approver, 'til-godkjenning');
      return { url: `/api/utbetaling/batches/${batch.batchId}/return`, body: { expectedVersion: batch.version, message: `Tilbake ${ctx.unique}` } };
    },
    allow: approver,
    mutation: true,
    payload: (b, ctx) => expect(detail(b).batch).toMatchObject({ state: 'utkast', returnMessage: `Tilbake ${ctx.unique}` }),
  },
  {
    // The first fetch of an approved batch's file marks it exported (one audit row); the forum, the owner's
    // coordinator, the budsjettdisponent and the readers get no file.
    route: 'GET /api/utbetaling/batches/:id/file',
    verb: 'payment-batch.export',
    request: async (ctx) => ({ url: `/api/utbetaling/batches/${(await batchFor(ctx, officers, 'godkjent')).batchId}/file?format=csv` }),
    allow: officers,
    mutation: true,
    payload: (b, _ctx, headers) => {
      expect(String(headers['content-type'])).toMatch(/^text\/csv/);
      expect(String(b)).toContain('12345678903');
    },
  },
  {
    route: 'POST /api/utbetaling/batches/:id/paid',
    verb: 'payment-batch.mark-paid',
    alsoAsks: BATCH_ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'eksportert');
      return { url: `/api/utbetaling/batches/${batch.batchId}/paid`, body: { expectedVersion: batch.version, paidOnLocal: '2026-01-15' } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(detail(b).batch).toMatchObject({ state: 'betalt', paidOnLocal: '2026-01-15' }),
  },
];
