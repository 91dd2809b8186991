// The tilsagn module's "vedtak" routes in the access matrix (issue 14, point 1): decisions and their two-person
// approval. The office's case officers prepare, edit, send and amend; approving and returning a list is a
// budsjettdisponent's personal act — never the one who prepared or sent it (here Siri), never the admin by that role,
// never a forum member. The round's decisions are read by the office's people (case officers, budsjettdisponenter,
// the forum, readers); partnerships see nothing here (their view is the issued decision, another area), and another
// office's people see nothing.
//
// Cells that are refused use the kept fixtures (tilsagn-fixtures.ts); allowed cells that change something get a
// fresh round each, so every cell meets the same state.
import { inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { behovsmelding } from '../../db/schema/index.ts';
import { listLines } from '../../db/tilsagn-vedtak-repository.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { TILSAGN_VERBS, VEDTAK_BATCH_VERBS, VEDTAK_VERBS } from '../../domain/tilsagn/policy.ts';
import type { RoundVedtakAnswer, VedtakDetail } from '../../domain/tilsagn/vedtak-contract.ts';
import type { TBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { only, type CellContext, type RouteCase, type Tenancy, type Who } from './matrix.ts';
import { matrixAdoptedRound, matrixVedtakBatch, tilsagnFixtures, type MatrixBatch } from './tilsagn-fixtures.ts';

/** Every answer lists what the actor may do with the round and with each list: all those verbs are asked. */
const ALSO: PolicyVerb[] = [...TILSAGN_VERBS.map((v) => `tilsagn.${v}` as const), ...VEDTAK_BATCH_VERBS.map((v) => `vedtak-batch.${v}` as const)];

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both' });
const officers = only({ admin: 'both', saksbehandler: ['own'] });
const approver = only({ budsjettdisponent: ['own'] });

const kept = (ctx: CellContext) => tilsagnFixtures(ctx.db, ctx.fx);

/** A fresh list in `state` for a cell that is allowed to change it; the kept one for a cell that is refused. */
async function batchFor(ctx: CellContext, allow: (who: Who, tenancy: Tenancy) => boolean, state: TBatchState, keptOf: (f: Awaited<ReturnType<typeof kept>>) => MatrixBatch) {
  return allow(ctx.who, ctx.tenancy) ? matrixVedtakBatch(ctx.db, ctx.fx, ctx.tenancy, state) : keptOf(await kept(ctx));
}

const answerOf = (b: unknown) => b as RoundVedtakAnswer;

/** One decision's page: the office's readers, and the partnership's own people once its letter is issued. */
const decisionReaders = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both', koordinator: ['own'], uh: ['own'] });

/** The kept issued decision of the cell's partnership (Sør-Troms or Nord-Troms at the own office, Evenes's Nordland
 * share at the other), so a coordinator meets their own partnership's decision or another's. */
async function issuedDecisionOf(ctx: CellContext): Promise<string> {
  const f = await kept(ctx);
  const decisions = [...f.issued.own.decisions, ...f.issued.other.decisions];
  const apps = await ctx.db.select({ id: behovsmelding.id, partnershipId: behovsmelding.partnershipId }).from(behovsmelding).where(inArray(behovsmelding.id, decisions.map((d) => d.applicationId)));
  const wanted = ctx.fx.partnership(ctx.who, ctx.tenancy);
  const app = apps.find((a) => a.partnershipId === wanted);
  if (!app) throw new Error(`matrix: no issued decision for the ${ctx.who} ${ctx.tenancy} partnership`);
  return decisions.find((d) => d.applicationId === app.id)!.id;
}

export const tilsagnVedtakCases: RouteCase[] = [
  {
    route: 'GET /api/tilsagn/offices/:officeId/rounds',
    verb: 'tilsagn.read',
    request: async (ctx) => {
      await kept(ctx);
      return { url: `/api/tilsagn/offices/${ctx.fx.office[ctx.tenancy]}/rounds` };
    },
    allow: readers,
    mutation: false,
    payload: (b) => {
      const { rounds } = b as { rounds: { decisionState: string }[] };
      expect(rounds.map((r) => r.decisionState)).toEqual(expect.arrayContaining(['ikke-forberedt', 'utkast', 'til-godkjenning', 'utstedt']));
    },
  },
  {
    route: 'GET /api/tilsagn/rounds/:roundId/vedtak',
    verb: 'tilsagn.read',
    alsoAsks: ALSO,
    request: async (ctx) => ({ url: `/api/tilsagn/rounds/${(await kept(ctx)).submitted[ctx.tenancy].roundId}/vedtak` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const answer = answerOf(b);
      expect(answer.batches[0]).toMatchObject({ kind: 'vedtak', state: 'til-godkjenning' });
      expect(answer.batches[0]!.decisions.find((d) => d.kind === 'tilsagn')).toMatchObject({ stage: 'til-godkjenning', deviates: false });
      expect(answer.batches[0]!.allowed.includes('approve')).toBe(ctx.who === 'budsjettdisponent');
      // The innstilling is the forum's to show: the budget authority reads the decisions, not the forum's papers.
      expect(answer.round.mayReadInnstilling).toBe(ctx.who !== 'budsjettdisponent');
      expect(answer.allowed.includes('prepare')).toBe(ctx.who === 'saksbehandler' || ctx.who === 'admin');
    },
  },
  {
    route: 'POST /api/tilsagn/rounds/:roundId/vedtak',
    verb: 'tilsagn.prepare',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const round = officers(ctx.who, ctx.tenancy) ? await matrixAdoptedRound(ctx.db, ctx.fx, ctx.tenancy) : (await kept(ctx)).adopted[ctx.tenancy];
      return { url: `/api/tilsagn/rounds/${round.roundId}/vedtak` };
    },
    allow: officers,
    mutation: true,
    payload: (b, ctx) => {
      const batch = answerOf(b).batches[0]!;
      expect(batch).toMatchObject({ kind: 'vedtak', state: 'utkast' });
      expect(batch.decisions.map((d) => d.kind).sort()).toEqual(ctx.tenancy === 'own' ? ['avslag', 'tilsagn'] : ['tilsagn']);
    },
  },
  {
    route: 'GET /api/tilsagn/vedtak/:id',
    verb: 'vedtak.read',
    alsoAsks: [...ALSO, ...VEDTAK_VERBS.map((v) => `vedtak.${v}` as const)],
    request: async (ctx) => ({ url: `/api/tilsagn/vedtak/${await issuedDecisionOf(ctx)}` }),
    allow: decisionReaders,
    mutation: false,
    payload: (b, ctx) => {
      const d = b as VedtakDetail;
      expect(d.issued).not.toBeNull();
      expect(d.batch.state).toBe('utstedt');
      // The innstilling's line by line is the office's working material.
      expect(d.recommendedLines === null).toBe(ctx.who === 'koordinator' || ctx.who === 'uh');
    },
  },
  {
    route: 'PUT /api/tilsagn/vedtak/:id',
    verb: 'vedtak-batch.edit',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utkast', (f) => f.draft[ctx.tenancy]);
      const d = batch.decisions.find((x) => x.applicationId === batch.applicationIds[0])!;
      const lines = (await listLines(ctx.db, [d.id])).map(({ year, recipient, recipientOrgId, amountKr }) => ({ year, recipient, recipientOrgId, amountKr }));
      return { url: `/api/tilsagn/vedtak/${d.id}`, body: { expectedVersion: d.version, kind: 'tilsagn', lines, reasons: `Begrunnelse ${ctx.unique}`, deviationReason: null } };
    },
    allow: officers,
    mutation: true,
    payload: (b, ctx) => expect(answerOf(b).batches[0]!.decisions.some((d) => d.reasons === `Begrunnelse ${ctx.unique}`)).toBe(true),
  },
  {
    // The report deadline the list's letters state: the office's case officers only, like editing a decision — the
    // owner (a partnership), the forum, the budsjettdisponent and another office's people are refused.
    route: 'PUT /api/tilsagn/batches/:id',
    verb: 'vedtak-batch.edit',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utkast', (f) => f.draft[ctx.tenancy]);
      return { url: `/api/tilsagn/batches/${batch.batchId}`, body: { expectedVersion: batch.batchVersion, reportDueLocal: `${batch.year + 1}-09-15` } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => {
      const batch = answerOf(b).batches[0]!;
      expect(batch.state).toBe('utkast');
      expect(batch.reportDueLocal).toMatch(/^\d{4}-09-15$/);
    },
  },
  {
    route: 'POST /api/tilsagn/batches/:id/submit',
    verb: 'vedtak-batch.submit',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utkast', (f) => f.draft[ctx.tenancy]);
      return { url: `/api/tilsagn/batches/${batch.batchId}/submit`, body: { expectedVersion: batch.batchVersion } };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(answerOf(b).batches[0]!.state).toBe('til-godkjenning'),
  },
  {
    route: 'POST /api/tilsagn/batches/:id/approve',
    verb: 'vedtak-batch.approve',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, approver, 'til-godkjenning', (f) => f.submitted[ctx.tenancy]);
      return { url: `/api/tilsagn/batches/${batch.batchId}/approve`, body: { expectedVersion: batch.batchVersion } };
    },
    allow: approver,
    mutation: true,
    payload: (b) => expect(answerOf(b).batches[0]).toMatchObject({ state: 'godkjent', approvedByName: 'Bjørn Disponent' }),
  },
  {
    route: 'POST /api/tilsagn/batches/:id/return',
    verb: 'vedtak-batch.return',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, approver, 'til-godkjenning', (f) => f.submitted[ctx.tenancy]);
      return { url: `/api/tilsagn/batches/${batch.batchId}/return`, body: { expectedVersion: batch.batchVersion, message: `Tilbake ${ctx.unique}` } };
    },
    allow: approver,
    mutation: true,
    payload: (b, ctx) => expect(answerOf(b).batches[0]).toMatchObject({ state: 'utkast', returnMessage: `Tilbake ${ctx.unique}` }),
  },
  {
    route: 'POST /api/tilsagn/vedtak/:id/amend',
    verb: 'tilsagn.prepare',
    alsoAsks: ALSO,
    request: async (ctx) => {
      const batch = await batchFor(ctx, officers, 'utstedt', (f) => f.issued[ctx.tenancy]);
      return { url: `/api/tilsagn/vedtak/${batch.decisions.find((d) => d.applicationId === batch.applicationIds[0])!.id}/amend` };
    },
    allow: officers,
    mutation: true,
    payload: (b) => expect(answerOf(b).batches.map((x) => [x.kind, x.state])).toEqual([
      ['vedtak', 'utstedt'],
      ['endringsvedtak', 'utkast'],
    ]),
  },
];
