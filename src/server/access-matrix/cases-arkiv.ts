// The arkiv module's routes in the access matrix (issue 15, point 4): a round's journal entries, their ZIP export and
// a returned journalpost number are the office's case officers' (the admin's too) — the export holds screened
// documents, so the forum, the budsjettdisponent, readers, owners and another office are refused.
//
// Rows are written directly (src/test/tilsagn-letters-fixture.ts): a round per office with an issued list whose
// letters are stored as small PDFs, so the export's cells do not render.
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { partnership } from '../../db/schema/index.ts';
import { markLetterReady } from '../../db/tilsagn-letter-repository.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { letterFileKey } from '../../domain/tilsagn/issue-letters.ts';
import { demoActor } from '../../test/actors.ts';
import { insertApprovedRound } from '../../test/tilsagn-letters-fixture.ts';
import { issueVedtakBatch } from '../../usecases/tilsagn/issue-vedtak-batch.ts';
import type { Fixtures } from './fixtures.ts';
import { only, type RouteCase } from './matrix.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const COUNTY: Record<string, string> = { 'troms-og-finnmark': '55', nordland: '18' };

type ArkivFixtures = { roundId: Record<'own' | 'other', string>; vedtakId: Record<'own' | 'other', string> };
const made = new WeakMap<Db, Promise<ArkivFixtures>>();
const arkivFixtures = (db: Db, fx: Fixtures) => {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
};

async function make(db: Db, fx: Fixtures): Promise<ArkivFixtures> {
  if (!fx.dataDir) throw new Error('the access-matrix test must set fx.dataDir to the test app’s DATA_DIR');
  const payee = new Map((await db.select().from(partnership)).map((p) => [p.id, p.payeeId]));
  const admin = await demoActor(db, 'admin');
  const files = fileStoreFor({ databaseUrl: undefined, dataDir: fx.dataDir, db });
  const out = { roundId: {}, vedtakId: {} } as ArkivFixtures;
  let n = 0;
  for (const tenancy of ['own', 'other'] as const) {
    n++;
    const officeId = fx.office[tenancy];
    const partnershipId = tenancy === 'own' ? fx.partnership('koordinator', 'own') : fx.partnership('saksbehandler', 'other');
    const round = await insertApprovedRound(db, {
      officeId,
      year: 3300 + n,
      countyNumber: COUNTY[officeId]!,
      caseNumber: `2097/8${String(n).padStart(4, '0')}`,
      decisions: [{ partnershipId, kind: 'tilsagn', lines: [{ year: 3300 + n, recipient: 'owner', recipientOrgId: payee.get(partnershipId)!, amountKr: 100_000 }] }],
    });
    const issued = await issueVedtakBatch({ db, actor: admin, clock: systemClock, batchId: round.batchId });
    for (const l of issued.letters)
      for (const language of l.languages) {
        const pdfKey = letterFileKey(l.vedtakId, language, 'pdf');
        const docxKey = letterFileKey(l.vedtakId, language, 'docx');
        await files.put({ key: pdfKey, contentType: 'application/pdf', data: PDF });
        await files.put({ key: docxKey, contentType: 'application/octet-stream', data: Buffer.from('PK matrix') });
        await markLetterReady(db, { vedtakId: l.vedtakId, language, pdfKey, docxKey, at: new Date() });
      }
    out.roundId[tenancy] = round.roundId;
    out.vedtakId[tenancy] = issued.letters[0]!.vedtakId;
  }
  return out;
}

const caseOfficers = only({ admin: 'both', saksbehandler: ['own'] });

export const arkivCases: RouteCase[] = [
  {
    route: 'GET /api/arkiv/rounds/:roundId/entries',
    verb: 'archive.read',
    request: async (ctx) => ({ url: `/api/arkiv/rounds/${(await arkivFixtures(ctx.db, ctx.fx)).roundId[ctx.tenancy]}/entries` }),
    allow: caseOfficers,
    mutation: false,
    payload: (b) => {
      const answer = b as { entries: { kind: string; journalposttype: string; dokumentnummer: string; allowed: string[] }[]; allowed: string[] };
      expect(answer.entries).toHaveLength(1);
      expect(answer.entries[0]).toMatchObject({ kind: 'vedtak', journalposttype: 'U', allowed: ['record-number'] });
      expect(answer.entries[0]!.dokumentnummer).toMatch(/^2097\/8\d{4}-1$/);
      expect(answer.allowed).toContain('export');
    },
  },
  {
    route: 'GET /api/arkiv/rounds/:roundId/export.zip',
    verb: 'archive.export',
    request: async (ctx) => ({ url: `/api/arkiv/rounds/${(await arkivFixtures(ctx.db, ctx.fx)).roundId[ctx.tenancy]}/export.zip` }),
    allow: caseOfficers,
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('application/zip');
      expect(String(b).slice(0, 2)).toBe('PK');
    },
  },
  {
    route: 'PUT /api/arkiv/entries/:kind/:id/journalpost',
    verb: 'archive.record-number',
    request: async (ctx) => ({
      url: `/api/arkiv/entries/vedtak/${(await arkivFixtures(ctx.db, ctx.fx)).vedtakId[ctx.tenancy]}/journalpost`,
      body: { journalpostnummer: `J-${ctx.unique}` },
    }),
    allow: caseOfficers,
    mutation: true,
    payload: (b, ctx) => expect((b as { journalpostnummer: string }).journalpostnummer).toBe(`J-${ctx.unique}`),
  },
];
