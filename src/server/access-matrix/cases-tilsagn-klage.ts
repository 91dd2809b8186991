// The tilsagn module's "acceptance, klage and views" routes in the access matrix (issue 14, points 4–6). Accepting is
// the addressee's coordinator's own act (never the admin's, never the office's); a klage is the office's case
// officers' (the admin's too); the partnership's view of its decision follows the application's readers; the
// pipeline is the office's people's. Another office and another partnership see nothing.
//
// Issued decisions are written straight into the tables, one per partnership (kept) or fresh where a cell changes
// one (an acceptance, a klage moved on), in rounds of their partnership's office far from any demo year.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { behovsmelding, behovsmeldingRound, klage, partnership, vedtak, vedtakBatch, vedtakLine } from '../../db/schema/index.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

/** The partnership's readers (the application's read rule). */
const readers = { admin: 'both', saksbehandler: ['own'], forum: ['own'], koordinator: ['own'], uh: ['own'], leser: 'both' } as const;
const officeReaders = { admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both' } as const;
const caseOfficers = { admin: 'both', saksbehandler: ['own'] } as const;
/** An issued decision's readers (vedtak.read): the office's people and the partnership's own. */
const decisionReaders = { ...officeReaders, koordinator: ['own'], uh: ['own'] } as const;
/** The verbs the decision's answer lists as `allowed`. */
const VEDTAK_ALSO = ['vedtak.read-letter', 'vedtak.accept', 'vedtak.handle-klage', 'vedtak.record-archive-number'] as const;

/** The letter's date: in the past whenever the matrix runs, so a klage received ten days later is never ahead. */
const ISSUED_AT = new Date('2025-01-10T10:00:00Z');
const RECEIVED_ON = '2025-01-20';

let sequence = 0;
const rounds = new WeakMap<Db, Map<string, Promise<string>>>();
const kept = new WeakMap<Db, Map<string, Promise<string>>>();

async function insertRound(db: Db, officeId: string, year: number): Promise<string> {
  const [r] = await db
    .insert(behovsmeldingRound)
    .values({ officeId, schemeId: 'kompetanseloftet', year, title: `Vedtaksmatrise ${year}`, opensAtLocal: `${year - 1}-09-01T08:00:00`, deadlineLocal: `${year - 1}-12-01T23:59:59` })
    .returning();
  return r!.id;
}

/** One round per office for the pipeline's cells, with one issued decision in it. */
function roundOf(db: Db, officeId: string): Promise<string> {
  const byOffice = rounds.get(db) ?? new Map<string, Promise<string>>();
  rounds.set(db, byOffice);
  if (!byOffice.has(officeId)) byOffice.set(officeId, issuedDecisionIn(db, officeId).then((d) => d.roundId));
  return byOffice.get(officeId)!;
}

async function issuedDecisionIn(db: Db, officeId: string) {
  const [p] = await db.select().from(partnership).where(eq(partnership.officeId, officeId)).limit(1);
  return issuedDecisionFull(db, p!.id);
}

/** A fresh issued tilsagn to the partnership (its own round — one application per partnership and round —
 * application, list and lines), not yet accepted. */
async function issuedDecision(db: Db, partnershipId: string): Promise<string> {
  return (await issuedDecisionFull(db, partnershipId)).vedtakId;
}

async function issuedDecisionFull(db: Db, partnershipId: string): Promise<{ vedtakId: string; roundId: string }> {
  const [p] = await db.select().from(partnership).where(eq(partnership.id, partnershipId));
  const n = ++sequence;
  // Years no other fixture uses (the matrix’s rounds and the letters’ rows run below 5000).
  const roundId = await insertRound(db, p!.officeId, 5100 + n);
  const [app] = await db.insert(behovsmelding).values({ roundId, partnershipId, countyNumber: '55', status: 'sendt', submittedAt: ISSUED_AT }).returning();
  const [batch] = await db.insert(vedtakBatch).values({ roundId, officeId: p!.officeId, state: 'utstedt', issuedAt: ISSUED_AT, issuedByName: 'Matrise' }).returning();
  const [v] = await db
    .insert(vedtak)
    .values({
      batchId: batch!.id,
      roundId,
      applicationId: app!.id,
      kind: 'tilsagn',
      reasons: 'Innvilget (matrise).',
      preparedByName: 'Matrise',
      documentNumber: `5099/${n}-1`,
      language: 'nb',
      issuedAt: ISSUED_AT,
      acceptanceDueLocal: '2025-01-31',
    })
    .returning();
  await db.insert(vedtakLine).values({ vedtakId: v!.id, year: 2025, recipient: 'owner', recipientOrgId: p!.payeeId, amountKr: 100_000 });
  return { vedtakId: v!.id, roundId };
}

/** The cell's partnership's kept decision (made once per database and partnership). */
function keptDecision(ctx: CellContext): Promise<string> {
  const byPartnership = kept.get(ctx.db) ?? new Map<string, Promise<string>>();
  kept.set(ctx.db, byPartnership);
  const id = ctx.fx.partnership(ctx.who, ctx.tenancy);
  if (!byPartnership.has(id)) byPartnership.set(id, issuedDecision(ctx.db, id));
  return byPartnership.get(id)!;
}

async function applicationOf(db: Db, vedtakId: string): Promise<string> {
  const [v] = await db.select({ applicationId: vedtak.applicationId }).from(vedtak).where(eq(vedtak.id, vedtakId));
  return v!.applicationId;
}

/** A klage on the cell's decision, written directly in `state` (a fresh decision where the cell may change it). */
async function klageFor(ctx: CellContext, state: 'registrert' | 'oversendt', fresh = false): Promise<string> {
  const vedtakId = fresh ? await issuedDecision(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy)) : await keptDecision(ctx);
  const [k] = await ctx.db
    .insert(klage)
    .values({
      vedtakId,
      receivedOnLocal: RECEIVED_ON,
      fromName: 'Klager (matrise)',
      summary: `Klage ${ctx.unique}`,
      registeredByName: 'Matrise',
      state,
      ...(state === 'oversendt' ? { forwardedAt: ISSUED_AT, forwardedTo: 'Utdanningsdirektoratet', reasons: 'Vurdering' } : {}),
    })
    .returning();
  return k!.id;
}

const klageState = (state: string) => (b: unknown) => expect((b as { klage: { state: string } }).klage.state).toBe(state);

export const tilsagnKlageCases: RouteCase[] = [
  {
    route: 'POST /api/tilsagn/vedtak/:id/accept',
    verb: 'vedtak.accept',
    request: async (ctx) => ({ url: `/api/tilsagn/vedtak/${await issuedDecision(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy))}/accept` }),
    allow: only({ koordinator: ['own'] }),
    mutation: true,
    payload: (b) => expect((b as Json).acceptedByName).toEqual(expect.any(String)),
  },
  {
    route: 'GET /api/tilsagn/applications/:id/decision',
    verb: 'vedtak.read',
    alsoAsks: VEDTAK_ALSO,
    request: async (ctx) => ({ url: `/api/tilsagn/applications/${await applicationOf(ctx.db, await keptDecision(ctx))}/decision` }),
    allow: only(readers),
    mutation: false,
    payload: (b) => {
      expect((b as Json).stage).toMatch(/^(vedtatt|akseptert)$/);
      expect((b as { decision: Json }).decision).toMatchObject({ kind: 'tilsagn', totals: [{ year: 2025, totalKr: 100_000 }] });
    },
  },
  {
    route: 'GET /api/tilsagn/rounds/:roundId/pipeline',
    verb: 'tilsagn.read',
    request: async (ctx) => ({ url: `/api/tilsagn/rounds/${await roundOf(ctx.db, ctx.fx.office[ctx.tenancy])}/pipeline` }),
    allow: only(officeReaders),
    mutation: false,
    payload: (b) => expect((b as { stages: { stage: string }[] }).stages.map((s) => s.stage)).toContain('klage'),
  },
  {
    route: 'POST /api/tilsagn/vedtak/:id/klager',
    verb: 'vedtak.handle-klage',
    request: async (ctx) => ({
      url: `/api/tilsagn/vedtak/${await keptDecision(ctx)}/klager`,
      body: { receivedOnLocal: RECEIVED_ON, fromName: 'Klager (matrise)', summary: `Klage ${ctx.unique}` },
    }),
    allow: only(caseOfficers),
    mutation: true,
    payload: klageState('registrert'),
  },
  {
    route: 'GET /api/tilsagn/klager/:id',
    verb: 'vedtak.read',
    alsoAsks: VEDTAK_ALSO,
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'registrert')}` }),
    allow: only(decisionReaders),
    mutation: false,
    payload: (b, ctx) => {
      const answer = b as { klage: Json; decision: Json; actions: string[] };
      expect(answer.klage).toMatchObject({ state: 'registrert', inTime: true });
      expect(answer.decision).toMatchObject({ kind: 'tilsagn', letterDateLocal: '2025-01-10' });
      // Only those who handle klager are offered the next moves.
      expect(answer.actions).toEqual(ctx.who === 'admin' || ctx.who === 'saksbehandler' ? ['dismiss', 'reverse', 'forward'] : []);
    },
  },
  {
    route: 'POST /api/tilsagn/klager/:id/dismiss',
    verb: 'vedtak.handle-klage',
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'registrert')}/dismiss`, body: { reasons: 'For sent (matrise).' } }),
    allow: only(caseOfficers),
    mutation: true,
    payload: klageState('avvist'),
  },
  {
    route: 'POST /api/tilsagn/klager/:id/forward',
    verb: 'vedtak.handle-klage',
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'registrert')}/forward`, body: { assessment: 'Fastholdes (matrise).' } }),
    allow: only(caseOfficers),
    mutation: true,
    payload: klageState('oversendt'),
  },
  {
    route: 'POST /api/tilsagn/klager/:id/reverse',
    verb: 'vedtak.handle-klage',
    // A fresh decision: the reversal prepares its endringsvedtak, and a decision has one open at a time.
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'registrert', true)}/reverse`, body: { reasons: 'Omgjøres (matrise).' } }),
    allow: only(caseOfficers),
    mutation: true,
    payload: (b) => {
      klageState('omgjort')(b);
      expect((b as { klage: Json }).klage.newVedtakId).toEqual(expect.any(String));
    },
  },
  {
    route: 'POST /api/tilsagn/klager/:id/outcome',
    verb: 'vedtak.handle-klage',
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'oversendt')}/outcome`, body: { outcome: 'ikke-medhold', text: 'Klagen førte ikke fram (matrise).' } }),
    allow: only(caseOfficers),
    mutation: true,
    payload: klageState('avgjort'),
  },
  {
    route: 'GET /api/tilsagn/klager/:id/saksdokumenter.zip',
    verb: 'vedtak.handle-klage',
    request: async (ctx) => ({ url: `/api/tilsagn/klager/${await klageFor(ctx, 'registrert')}/saksdokumenter.zip` }),
    allow: only(caseOfficers),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('application/zip');
      expect(String(b).slice(0, 2)).toBe('PK');
    },
  },
];
