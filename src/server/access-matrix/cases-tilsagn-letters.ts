// The tilsagn module's "letters" routes in the access matrix (issue 14, point 3). Issuing an approved list and
// recording the archive's number are the office's case officers' (the admin's too); the round's letter list is read
// by the office's people (case officers, budsjettdisponenter, the forum, readers); a letter's file by the office's
// case officers and budsjettdisponenter and by the partnership's own (its coordinator, editors and members) once
// issued — an owner reads only its own partnership's letter, and another office sees nothing of the round.
//
// Rows are written directly (src/test/tilsagn-letters-fixture.ts): a round per office with an issued list whose
// letters are stored as small PDFs, so the file cells do not wait for the render worker.
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { markLetterReady } from '../../db/tilsagn-letter-repository.ts';
import { partnership } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { letterFileKey } from '../../domain/tilsagn/issue-letters.ts';
import { demoActor } from '../../test/actors.ts';
import { insertApprovedRound } from '../../test/tilsagn-letters-fixture.ts';
import { issueVedtakBatch } from '../../usecases/tilsagn/issue-vedtak-batch.ts';
import type { Fixtures } from './fixtures.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const COUNTY: Record<string, string> = { 'troms-og-finnmark': '55', nordland: '18' };

/** Round years and case numbers of this file's own, apart from the other fixtures' (rounds are unique per office,
 * scheme and year; case numbers are unique everywhere). */
let next = 0;
const fresh = () => ++next;

async function approvedRound(db: Db, officeId: string, partnershipIds: string[], uhOrgId: string) {
  const n = fresh();
  return insertApprovedRound(db, {
    officeId,
    year: 3100 + n,
    countyNumber: COUNTY[officeId]!,
    caseNumber: `2098/7${String(n).padStart(4, '0')}`,
    decisions: partnershipIds.map((partnershipId) => ({
      partnershipId,
      kind: 'tilsagn' as const,
      lines: [
        { year: 3100 + n, recipient: 'owner' as const, recipientOrgId: PAYEE.get(partnershipId)!, amountKr: 100_000 },
        { year: 3100 + n, recipient: 'uh' as const, recipientOrgId: uhOrgId, amountKr: 50_000 },
      ],
    })),
  });
}

const PAYEE = new Map<string, string>();

type LettersFixtures = {
  /** The issued round per office. */
  roundId: Record<'own' | 'other', string>;
  /** The issued decision of each partnership that has one (Sør-Troms and Nord-Troms at the own office, Evenes's
   * Nordland share at the other). */
  vedtakOf: Map<string, string>;
};

const made = new WeakMap<Db, Promise<LettersFixtures>>();

function lettersFixtures(db: Db, fx: Fixtures): Promise<LettersFixtures> {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
}

async function make(db: Db, fx: Fixtures): Promise<LettersFixtures> {
  for (const p of await db.select().from(partnership)) PAYEE.set(p.id, p.payeeId);
  const admin = await demoActor(db, 'admin');
  const sorTroms = fx.partnership('koordinator', 'own');
  const nordTroms = fx.partnership('koordinator', 'other');
  const evenesNordland = fx.partnership('saksbehandler', 'other');
  const own = await approvedRound(db, fx.office.own, [sorTroms, nordTroms], fx.ids.uit!);
  const other = await approvedRound(db, fx.office.other, [evenesNordland], fx.ids.nord!);
  if (!fx.dataDir) throw new Error('the access-matrix test must set fx.dataDir to the test app’s DATA_DIR');
  const files = fileStoreFor({ databaseUrl: undefined, dataDir: fx.dataDir, db });
  const vedtakOf = new Map<string, string>();
  for (const round of [own, other]) {
    const issued = await issueVedtakBatch({ db, actor: admin, clock: systemClock, batchId: round.batchId });
    for (const l of issued.letters) {
      vedtakOf.set(round === own ? (l.partnershipName.includes('Nord-Troms') ? nordTroms : sorTroms) : evenesNordland, l.vedtakId);
      // Stored as the render job stores them, without rendering: the cells test access, not the letter.
      for (const language of l.languages) {
        const pdfKey = letterFileKey(l.vedtakId, language, 'pdf');
        const docxKey = letterFileKey(l.vedtakId, language, 'docx');
        await files.put({ key: pdfKey, contentType: 'application/pdf', data: PDF });
        await files.put({ key: docxKey, contentType: 'application/octet-stream', data: Buffer.from('PK matrix') });
        await markLetterReady(db, { vedtakId: l.vedtakId, language, pdfKey, docxKey, at: new Date() });
      }
    }
  }
  return { roundId: { own: own.roundId, other: other.roundId }, vedtakOf };
}

/** The decision of the office of the cell's tenancy (Sør-Troms's at the own office, Evenes's at the other). */
async function officeVedtak(ctx: CellContext) {
  const f = await lettersFixtures(ctx.db, ctx.fx);
  const p = ctx.tenancy === 'own' ? ctx.fx.partnership('koordinator', 'own') : ctx.fx.partnership('saksbehandler', 'other');
  return f.vedtakOf.get(p)!;
}

/** The decision of the cell's own or other partnership (as the fixtures pair them per actor). */
async function partnershipVedtak(ctx: CellContext) {
  const f = await lettersFixtures(ctx.db, ctx.fx);
  return f.vedtakOf.get(ctx.fx.partnership(ctx.who, ctx.tenancy)) ?? '00000000-0000-4000-8000-000000000000';
}

export const tilsagnLettersCases: RouteCase[] = [
  {
    route: 'POST /api/tilsagn/batches/:id/issue',
    verb: 'tilsagn.issue',
    // Every cell gets a fresh approved list of its tenancy's office: the allowed ones issue it, the others leave it.
    request: async (ctx) => {
      await lettersFixtures(ctx.db, ctx.fx);
      const p = ctx.tenancy === 'own' ? ctx.fx.partnership('koordinator', 'own') : ctx.fx.partnership('saksbehandler', 'other');
      const round = await approvedRound(ctx.db, ctx.fx.office[ctx.tenancy], [p], ctx.tenancy === 'own' ? ctx.fx.ids.uit! : ctx.fx.ids.nord!);
      return { url: `/api/tilsagn/batches/${round.batchId}/issue` };
    },
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b) => {
      const answer = b as { state: string; letters: { documentNumber: string }[] };
      expect(answer.state).toBe('utstedt');
      expect(answer.letters).toHaveLength(1);
      expect(answer.letters[0]!.documentNumber).toMatch(/^2098\/7\d{4}-1$/);
    },
  },
  {
    route: 'GET /api/tilsagn/rounds/:roundId/letters',
    verb: 'tilsagn.read',
    request: async (ctx) => ({ url: `/api/tilsagn/rounds/${(await lettersFixtures(ctx.db, ctx.fx)).roundId[ctx.tenancy]}/letters` }),
    allow: only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both' }),
    mutation: false,
    payload: (b, ctx) => {
      const { letters } = b as { letters: { documentNumber: string; files: { state: string }[]; allowed: string[] }[] };
      expect(letters.length).toBeGreaterThan(0);
      for (const l of letters) expect(l.documentNumber).toMatch(/^2098\/7\d{4}-\d+$/);
      expect(letters[0]!.files[0]!.state).toBe('klar');
      // The list offers the files only to those the letter's own route lets fetch them (below): the forum and the
      // readers see the list, not the letters; the archive number is the case officers'.
      const fetches = ['admin', 'saksbehandler', 'budsjettdisponent'].includes(ctx.who);
      for (const l of letters) expect(l.allowed.includes('read-letter'), `${ctx.who}: read-letter`).toBe(fetches);
      for (const l of letters) expect(l.allowed.includes('record-archive-number'), `${ctx.who}: record-archive-number`).toBe(['admin', 'saksbehandler'].includes(ctx.who));
    },
  },
  {
    route: 'GET /api/tilsagn/vedtak/:id/letter.:format',
    verb: 'vedtak.read-letter',
    request: async (ctx) => ({ url: `/api/tilsagn/vedtak/${await partnershipVedtak(ctx)}/letter.pdf` }),
    allow: only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], koordinator: ['own'], uh: ['own'] }),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toContain('application/pdf');
      expect(String(b).slice(0, 5)).toBe('%PDF-');
    },
  },
  {
    route: 'PUT /api/tilsagn/vedtak/:id/archive-number',
    verb: 'vedtak.record-archive-number',
    request: async (ctx) => ({ url: `/api/tilsagn/vedtak/${await officeVedtak(ctx)}/archive-number`, body: { archiveNumber: `J-${ctx.unique}` } }),
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b, ctx) => expect((b as { archiveNumber: string }).archiveNumber).toBe(`J-${ctx.unique}`),
  },
];
