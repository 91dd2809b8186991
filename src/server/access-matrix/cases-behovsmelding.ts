// Behovsmelding: rounds are public to everyone logged in and set up by the office; the office, its forum and
// readers see a round's applications; an application is read like its partnership and written only by those who
// write for the partnership (coordinator, granted editors — here the UH contact of Sør-Troms), never by the office,
// which returns it for correction instead. Attachments and exports follow the application.
import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { findRoundView } from '../../db/behovsmelding-round-repository.ts';
import { findField } from '../../db/behovsmelding-field-repository.ts';
import { behovsmeldingAttachment, partnership } from '../../db/schema/index.ts';
import { demoActor } from '../../test/actors.ts';
import { addAttachment } from '../../usecases/behovsmelding/add-attachment.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { keptApplications, matrixDraft, matrixEmptyDraft, matrixExtension, matrixSubmitted, multipartFile, openMatrixRound } from './behovsmelding-fixtures.ts';
import { loggedIn, only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

const readers = { admin: 'both', saksbehandler: ['own'], forum: ['own'], koordinator: ['own'], uh: ['own'], leser: 'both' } as const;
const writers = { admin: 'both', koordinator: ['own'], uh: ['own'] } as const;
const office = { admin: 'both', saksbehandler: ['own'] } as const;
const officeReaders = { admin: 'both', saksbehandler: ['own'], forum: ['own'], leser: 'both' } as const;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** The partnership of the office a round cell is about: Sør-Troms in Troms og Finnmark, Evenes' share in Nordland. */
async function officePartnership({ db, fx, tenancy }: CellContext): Promise<string> {
  const name = fx.office[tenancy] === 'nordland' ? 'Kompetanseløftet Evenes (Nordland-andelen)' : 'Kompetanseløftet Sør-Troms og Evenes';
  const [p] = await db.select().from(partnership).where(eq(partnership.name, name));
  return p!.id;
}

const kept = async (ctx: CellContext) => keptApplications(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy));
const keptRound = async (ctx: CellContext) => (await keptApplications(ctx.db, await officePartnership(ctx))).round;

async function roundForm(ctx: CellContext, roundId: string) {
  const r = (await findRoundView(ctx.db, roundId))!;
  return {
    officeId: r.officeId,
    schemeId: r.schemeId,
    year: r.year,
    title: `Endret ${ctx.unique}`,
    opensAtLocal: r.opensAtLocal,
    deadlineLocal: r.deadlineLocal,
    guidance: r.guidance,
    longTermPlanUrl: r.longTermPlanUrl,
    coordinatorAllowed: r.coordinatorAllowed,
    caseNumbers: Object.entries(r.caseNumbers).map(([countyNumber, caseNumber]) => ({ countyNumber, caseNumber })),
    expectedVersion: r.version,
  };
}


/** Whether the matrix allows this cell of another route: what a response's `allowed` and `creates` must offer. */
const allows = (route: string, { who, tenancy }: Pick<CellContext, 'who' | 'tenancy'>) => behovsmeldingCases.find((c) => c.route === route)!.allow(who, tenancy);
const allowedOf = (b: unknown, key: string) => ((b as Json)[key] as { allowed: string[] }).allowed;

export const behovsmeldingCases: RouteCase[] = [
  {
    route: 'GET /api/behovsmelding/rounds',
    verb: 'behovsmelding-round.read',
    request: () => ({ url: '/api/behovsmelding/rounds' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      expect(((b as Json).rounds as { title: string }[]).some((r) => r.title.startsWith('Behovsmeldinger 2024'))).toBe(true);
      // "Ny utlysning" is offered to those who may open a round, in their own office.
      const creates = (b as Json).creates as { round: { officeIds: string[] } | null };
      expect(creates.round !== null).toBe(allows('POST /api/behovsmelding/rounds', { ...ctx, tenancy: 'own' }));
      if (ctx.who === 'saksbehandler') expect(creates.round).toEqual({ officeIds: [ctx.fx.office.own] });
    },
  },
  {
    route: 'POST /api/behovsmelding/rounds',
    verb: 'behovsmelding-round.open',
    request: ({ fx, tenancy, unique }) => {
      const n = Number.parseInt(unique, 10);
      return {
        url: '/api/behovsmelding/rounds',
        body: {
          officeId: fx.office[tenancy],
          schemeId: 'rekomp',
          year: 2020 + (n % 40),
          title: `Matrise ${unique}`,
          opensAtLocal: '2030-01-01T08:00:00',
          deadlineLocal: '2030-12-01T23:59:59',
          coordinatorAllowed: true,
          caseNumbers: [{ countyNumber: tenancy === 'own' ? '55' : '18', caseNumber: `2098/${n}` }],
        },
      };
    },
    allow: only(office),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).round).toMatchObject({ title: `Matrise ${ctx.unique}`, status: 'planlagt' }),
  },
  {
    route: 'GET /api/behovsmelding/rounds/:id',
    verb: 'behovsmelding-round.read', alsoAsks: ['behovsmelding-round.edit', 'behovsmelding-round.review'],
    request: async (ctx) => ({ url: `/api/behovsmelding/rounds/${await keptRound(ctx)}` }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      expect((b as Json).round).toMatchObject({ officeId: ctx.fx.office[ctx.tenancy], extensions: [] });
      // The office's list and exports exactly where they answer; "Rediger" exactly where the edit is allowed.
      expect(allowedOf(b, 'round').includes('review')).toBe(allows('GET /api/behovsmelding/rounds/:id/applications', ctx));
      expect(allowedOf(b, 'round').includes('edit')).toBe(allows('PUT /api/behovsmelding/rounds/:id', ctx));
    },
  },
  {
    route: 'PUT /api/behovsmelding/rounds/:id',
    verb: 'behovsmelding-round.edit',
    request: async (ctx) => {
      const round = await openMatrixRound(ctx.db, ctx.fx.office[ctx.tenancy]);
      return { url: `/api/behovsmelding/rounds/${round.id}`, body: await roundForm(ctx, round.id) };
    },
    allow: only(office),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).round).toMatchObject({ title: `Endret ${ctx.unique}` }),
  },
  {
    route: 'GET /api/behovsmelding/rounds/:id/applications',
    verb: 'behovsmelding-round.review',
    request: async (ctx) => ({ url: `/api/behovsmelding/rounds/${await keptRound(ctx)}/applications?sort=total&dir=desc` }),
    allow: only(officeReaders),
    mutation: false,
    payload: (b) => expect((b as Json).applications).toMatchObject([{ status: 'utkast', totalKr: 150_000 }]),
  },
  {
    route: 'POST /api/behovsmelding/rounds/:id/extensions',
    verb: 'behovsmelding-round.extend',
    request: async (ctx) => ({
      url: `/api/behovsmelding/rounds/${await keptRound(ctx)}/extensions`,
      body: { partnershipId: await officePartnership(ctx), untilLocal: '2100-01-15T12:00:00', reason: `Matrise ${ctx.unique}` },
    }),
    allow: only(office),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).extension).toMatchObject({ reason: `Matrise ${ctx.unique}` }),
  },
  {
    route: 'GET /api/behovsmelding/rounds/:id/export.:format',
    verb: 'behovsmelding-round.review',
    request: async (ctx) => ({ url: `/api/behovsmelding/rounds/${await keptRound(ctx)}/export.xlsx` }),
    allow: only(officeReaders),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('spreadsheetml');
      expect(String(b).slice(0, 2)).toBe('PK');
    },
  },
  {
    route: 'GET /api/behovsmelding/applications',
    verb: 'behovsmelding-application.read',
    request: () => ({ url: '/api/behovsmelding/applications' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, { who, fx }) => {
      const ids = ((b as Json).applications as { partnershipId: string }[]).map((a) => a.partnershipId);
      if (readers[who as keyof typeof readers]) expect(ids).toContain(fx.partnership(who, 'own'));
      if (!['admin', 'leser'].includes(who)) expect(ids).not.toContain(fx.partnership(who, 'other'));
      // "Ny behovsmelding" is offered only to those who write for a partnership (never the office or the forum).
      const creates = (b as Json).creates as { application: { partnershipIds: string[] } | null };
      expect(creates.application !== null).toBe(allows('POST /api/behovsmelding/applications', { who, tenancy: 'own' }));
      if (creates.application && who !== 'admin') expect(creates.application.partnershipIds).toContain(fx.partnership(who, 'own'));
    },
  },
  {
    route: 'POST /api/behovsmelding/applications',
    verb: 'behovsmelding-application.start',
    request: async (ctx) => {
      const pid = ctx.fx.partnership(ctx.who, ctx.tenancy);
      const p = (await ctx.db.select().from(partnership).where(eq(partnership.id, pid)))[0]!;
      const round = await openMatrixRound(ctx.db, p.officeId, p.schemeId);
      return { url: '/api/behovsmelding/applications', body: { roundId: round.id, partnershipId: pid } };
    },
    allow: only(writers),
    mutation: true,
    payload: (b) => expect((b as Json).application).toMatchObject({ status: 'utkast', allowed: expect.arrayContaining(['edit']) }),
  },
  {
    route: 'GET /api/behovsmelding/applications/:id',
    verb: 'behovsmelding-application.read', alsoAsks: ['behovsmelding-application.edit', 'behovsmelding-application.return'],
    request: async (ctx) => ({ url: `/api/behovsmelding/applications/${(await kept(ctx)).draft}` }),
    allow: only(readers),
    mutation: false,
    payload: (b, ctx) => {
      expect((b as Json).application).toMatchObject({ status: 'utkast', fields: { 's1.tema': { value: 'Inkluderende praksis' } } });
      expect(allowedOf(b, 'application').includes('edit')).toBe(allows('PUT /api/behovsmelding/applications/:id/fields/:key', ctx));
      expect(allowedOf(b, 'application').includes('return')).toBe(allows('POST /api/behovsmelding/applications/:id/return', ctx));
    },
  },
  {
    route: 'PUT /api/behovsmelding/applications/:id/fields/:key',
    verb: 'behovsmelding-application.edit',
    request: async (ctx) => {
      const id = (await kept(ctx)).draft;
      const current = await findField(ctx.db, id, 's2.ppt');
      return { url: `/api/behovsmelding/applications/${id}/fields/s2.ppt`, body: { value: `PPT ${ctx.unique}`, baseVersion: current?.version ?? 0 } };
    },
    allow: only(writers),
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ key: 's2.ppt', version: expect.any(Number) }),
  },
  {
    route: 'GET /api/behovsmelding/applications/:id/changes',
    verb: 'behovsmelding-application.read',
    request: async (ctx) => ({ url: `/api/behovsmelding/applications/${(await kept(ctx)).draft}/changes?since=0` }),
    allow: only(readers),
    mutation: false,
    payload: (b) => expect(((b as Json).changes as unknown[]).length).toBeGreaterThan(20),
  },
  {
    route: 'GET /api/behovsmelding/applications/:id/history',
    verb: 'behovsmelding-application.read',
    request: async (ctx) => ({ url: `/api/behovsmelding/applications/${(await kept(ctx)).draft}/history?key=s1.tema` }),
    allow: only(readers),
    mutation: false,
    payload: (b) => expect((b as Json).history).toMatchObject([{ key: 's1.tema', version: 1, byName: 'Ada Fjellheim' }]),
  },
  {
    route: 'POST /api/behovsmelding/applications/:id/submit',
    verb: 'behovsmelding-application.submit',
    // A filled draft (some 0.5 s to make) only where the submission will happen; a refused cell tries the kept draft,
    // which it must leave as it is.
    request: async (ctx) => {
      const fresh = allows('POST /api/behovsmelding/applications/:id/submit', ctx);
      const id = fresh ? (await matrixDraft(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy))).app.id : (await kept(ctx)).draft;
      return { url: `/api/behovsmelding/applications/${id}/submit` };
    },
    allow: only(writers),
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ documentNumber: expect.stringMatching(/^2099\/\d+-1$/), sequence: 1 }),
  },
  {
    route: 'POST /api/behovsmelding/applications/:id/return',
    verb: 'behovsmelding-application.return',
    // As the submission: a fresh one only where it will be returned, the kept one for a refused cell.
    request: async (ctx) => {
      const partnership = await officePartnership(ctx);
      const fresh = allows('POST /api/behovsmelding/applications/:id/return', ctx);
      const id = fresh ? (await matrixSubmitted(ctx.db, partnership)).app.id : (await keptApplications(ctx.db, partnership)).submitted;
      return { url: `/api/behovsmelding/applications/${id}/return`, body: { message: `Rett dette ${ctx.unique}` } };
    },
    allow: only(office),
    mutation: true,
    payload: (b) => expect((b as Json).application).toMatchObject({ status: 'returnert' }),
  },
  {
    // Issue 12: a coordinator takes a submission back before the deadline; never the office, never another owner.
    route: 'POST /api/behovsmelding/applications/:id/withdraw',
    verb: 'behovsmelding-application.withdraw',
    // A fresh submission only where the withdrawal will happen (rounds are few per office and scheme, see
    // behovsmelding-fixtures.ts); a refused cell tries the kept one, which it must leave as it is.
    request: async (ctx) => {
      const fresh = allows('POST /api/behovsmelding/applications/:id/withdraw', ctx);
      const id = fresh ? (await matrixSubmitted(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy))).app.id : (await kept(ctx)).submitted;
      return { url: `/api/behovsmelding/applications/${id}/withdraw` };
    },
    allow: only(writers),
    mutation: true,
    payload: (b) => expect((b as Json).application).toMatchObject({ status: 'utkast', withdrawnAt: expect.any(String) }),
  },
  {
    // Issue 12: a draft started by mistake is deleted by those who write it.
    route: 'DELETE /api/behovsmelding/applications/:id',
    verb: 'behovsmelding-application.delete',
    // As the withdrawal: a fresh draft only where it will be deleted.
    request: async (ctx) => {
      const fresh = allows('DELETE /api/behovsmelding/applications/:id', ctx);
      const id = fresh ? (await matrixEmptyDraft(ctx.db, ctx.fx.partnership(ctx.who, ctx.tenancy))).app.id : (await kept(ctx)).draft;
      return { url: `/api/behovsmelding/applications/${id}` };
    },
    allow: only(writers),
    mutation: true,
    payload: () => undefined,
  },
  {
    // Issue 12: the office takes an extension back.
    route: 'DELETE /api/behovsmelding/rounds/:id/extensions/:partnershipId',
    verb: 'behovsmelding-round.withdraw-extension',
    request: async (ctx) => {
      const roundId = await keptRound(ctx);
      const partnershipId = await officePartnership(ctx);
      await matrixExtension(ctx.db, roundId, partnershipId, ctx.unique);
      return { url: `/api/behovsmelding/rounds/${roundId}/extensions/${partnershipId}` };
    },
    allow: only(office),
    mutation: true,
    payload: () => undefined,
  },
  {
    route: 'GET /api/behovsmelding/applications/:id/submissions/:sequence',
    verb: 'behovsmelding-application.read',
    request: async (ctx) => ({ url: `/api/behovsmelding/applications/${(await kept(ctx)).submitted}/submissions/1` }),
    allow: only(readers),
    mutation: false,
    payload: (b) => expect(b).toMatchObject({ format: 'kompetanseloft.behovsmelding/1', sequence: 1 }),
  },
  {
    route: 'GET /api/behovsmelding/applications/:id/export.:format',
    verb: 'behovsmelding-application.export',
    request: async (ctx) => ({ url: `/api/behovsmelding/applications/${(await kept(ctx)).submitted}/export.json` }),
    allow: only(readers),
    mutation: false,
    payload: (b) => expect(b).toMatchObject({ format: 'kompetanseloft.behovsmelding-export/1' }),
  },
  {
    route: 'POST /api/behovsmelding/applications/:id/attachments',
    verb: 'behovsmelding-application.edit',
    request: async (ctx) => {
      const { payload, headers } = multipartFile('budsjett.pdf', 'application/pdf', PDF);
      return { url: `/api/behovsmelding/applications/${(await kept(ctx)).draft}/attachments`, body: payload, headers };
    },
    allow: only(writers),
    mutation: true,
    payload: (b) => expect((b as Json).attachment).toMatchObject({ filename: 'budsjett.pdf', contentType: 'application/pdf' }),
  },
  {
    route: 'GET /api/behovsmelding/applications/:id/attachments/:attachmentId',
    verb: 'behovsmelding-application.read',
    request: async (ctx) => {
      const id = (await kept(ctx)).draft;
      const attachment = await uploadedBy(ctx, id);
      return { url: `/api/behovsmelding/applications/${id}/attachments/${attachment}` };
    },
    allow: only(readers),
    mutation: false,
    payload: (b) => expect(String(b).startsWith('%PDF-')).toBe(true),
  },
  {
    route: 'DELETE /api/behovsmelding/applications/:id/attachments/:attachmentId',
    verb: 'behovsmelding-application.edit',
    request: async (ctx) => {
      const id = (await kept(ctx)).draft;
      return { url: `/api/behovsmelding/applications/${id}/attachments/${await uploadedBy(ctx, id)}` };
    },
    allow: only(writers),
    mutation: true,
    payload: () => undefined,
  },
];

/** A fresh attachment on the application, uploaded by the admin, stored where the test app stores files. */
async function uploadedBy(ctx: CellContext, applicationId: string): Promise<string> {
  const admin = await demoActor(ctx.db, 'admin');
  const dataDir = ctx.fx.dataDir;
  if (!dataDir) throw new Error('the access-matrix test must set fx.dataDir to the test app’s DATA_DIR');
  const files = (db: typeof ctx.db) => fileStoreFor({ databaseUrl: undefined, dataDir, db });
  const a = await addAttachment({ db: ctx.db, actor: admin, clock: systemClock, files, id: applicationId, upload: { filename: 'plan.pdf', data: PDF, truncated: false } });
  const [row] = await ctx.db.select().from(behovsmeldingAttachment).where(eq(behovsmeldingAttachment.id, a.id));
  return row!.id;
}
