// One decision read for its own page (GET /api/tilsagn/vedtak/:id), on a real database: the office's case officer
// sees the draft with its recipients by name and the innstilling's line-by-line amounts, and may edit it; the
// partnership's coordinator sees nothing before the letter is issued (403) and afterwards the decision without the
// office's working material; another office never sees it; once issued the numbers, the acceptance, a klage and the
// right to amend show.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vedtak as vedtakTable, vedtakBatch } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertAdoptedRound } from '../../test/tilsagn-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getVedtak } from './get-vedtak.ts';
import { prepareRoundVedtak } from './prepare-round-vedtak.ts';
import { registerKlage } from './register-klage.ts';

const YEAR = 2076;
const clock = fixedClock('2076-03-20T10:00:00+01:00');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
  const uit = await orgId(db, UIT);
  const { round, applications } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    applications: [
      {
        partnershipId: sorTroms.id,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 100_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
          { year: YEAR + 1, recipient: 'owner', amountKr: 80_000 },
        ],
      },
      { partnershipId: dekomp.id, priority: null, reason: 'Ikke prioritert.', lines: [] },
    ],
  });
  const siri = await demoActor(db, 'saksbehandler');
  const answer = await prepareRoundVedtak({ db, actor: siri, clock, roundId: round.id });
  const batch = answer.batches[0]!;
  const idOf = (applicationId: string) => batch.decisions.find((d) => d.applicationId === applicationId)!.id;
  return {
    db,
    batchId: batch.id,
    sorTroms: idOf(applications[0]!.id),
    dekomp: idOf(applications[1]!.id),
    harstad: sorTroms.payeeId,
    uit,
    siri,
    ola: await demoActor(db, 'koordinator'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
    frode: await demoActor(db, 'forum'),
  };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const read = (actor: Actor, vedtakId = fx.sorTroms) => getVedtak({ db: fx.db, actor, vedtakId });

describe('a decision being prepared', () => {
  it('shows the case officer the lines, the recipients by name and the innstilling’s amounts, editable', async () => {
    const d = await read(fx.siri);
    expect(d.vedtak).toMatchObject({ kind: 'tilsagn', totalKr: 230_000, deviates: false, recommended: { kind: 'tilsagn', totalKr: 230_000 } });
    expect(d.batch).toMatchObject({ state: 'utkast', allowed: ['read', 'edit', 'submit'] });
    expect(d.recipients.map((r) => [r.recipient, r.orgId])).toEqual([
      ['owner', fx.harstad],
      ['uh', fx.uit],
    ]);
    expect(d.recipients[0]!.name).toBe('Harstad kommune');
    expect(d.years).toEqual([YEAR, YEAR + 1]);
    expect(d.recommendedLines).toContainEqual({ year: YEAR + 1, recipient: 'owner', recipientOrgId: fx.harstad, amountKr: 80_000 });
    expect(d.vedtak.lines.find((l) => l.year === YEAR + 1)).toMatchObject({ conditional: true });
    expect([d.issued, d.mayAmend, d.klager, d.moneyPartnershipId]).toEqual([null, false, [], null]);
  });

  it('lets the forum member read it but not edit it', async () => {
    const d = await read(fx.frode);
    expect(d.batch.allowed).toEqual(['read']);
    expect(d.recommendedLines).not.toBeNull();
  });

  it('shows the partnership nothing before the letter is issued, and another office never (403)', async () => {
    expect((await caught(read(fx.ola))).status).toBe(403);
    expect((await caught(read(fx.nora))).status).toBe(403);
    expect((await caught(read(fx.siri, '00000000-0000-4000-8000-000000000000'))).status).toBe(404);
  });
});

describe('an issued decision', () => {
  it('shows its number, acceptance and klager; the partnership sees it without the office’s working material', async () => {
    const issuedAt = new Date('2076-03-02T09:00:00Z');
    await fx.db.update(vedtakBatch).set({ state: 'utstedt', issuedAt }).where(eq(vedtakBatch.id, fx.batchId));
    await fx.db.update(vedtakTable).set({ issuedAt, documentNumber: '2076/5-1', acceptanceDueLocal: '2076-04-01' }).where(eq(vedtakTable.id, fx.sorTroms));
    await fx.db.update(vedtakTable).set({ issuedAt, documentNumber: '2076/5-2' }).where(eq(vedtakTable.id, fx.dekomp));
    await registerKlage({ db: fx.db, actor: fx.siri, clock, vedtakId: fx.dekomp, input: { receivedOnLocal: '2076-03-10', fromName: 'Dekomp', summary: 'Vi klager.' } });

    const office = await read(fx.siri);
    expect(office.issued).toMatchObject({ documentNumber: '2076/5-1', archiveNumber: null, letterDateLocal: '2076-03-02', acceptance: { needed: true, acceptedAt: null } });
    expect(office.batch.allowed).toEqual(['read']);
    expect(office.allowed).toEqual(expect.arrayContaining(['handle-klage', 'read-letter']));
    expect([office.mayAmend, office.openAmendmentId]).toEqual([true, null]);
    // The partnership's payments are linked for the office and the partnership, never for the forum (no money).
    expect(office.moneyPartnershipId).toEqual(expect.any(String));
    expect((await read(fx.frode)).moneyPartnershipId).toBeNull();

    const owner = await read(fx.ola);
    expect(owner.vedtak.kind).toBe('tilsagn');
    expect([owner.recommendedLines, owner.vedtak.recommended, owner.mayAmend]).toEqual([null, null, false]);
    expect(owner.allowed).toEqual(expect.arrayContaining(['read', 'accept']));
    expect(owner.allowed).not.toContain('handle-klage');
    expect(owner.moneyPartnershipId).toBe(office.moneyPartnershipId);
    expect((await caught(read(fx.nora))).status).toBe(403);

    const avslag = await read(fx.siri, fx.dekomp);
    expect(avslag.vedtak).toMatchObject({ kind: 'avslag', lines: [] });
    expect(avslag.moneyPartnershipId).toBeNull();
    expect(avslag.klager.map((k) => [k.state, k.receivedOnLocal, k.inTime])).toEqual([['registrert', '2076-03-10', true]]);
  });
});
