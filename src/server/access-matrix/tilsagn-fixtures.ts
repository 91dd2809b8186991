// Tilsagn data for the access matrix (issue 14): adopted innstillinger at the own office (Troms og Finnmark:
// Sør-Troms prioritised over three years with UiT, Nord-Troms not prioritised) and at the other (Nordland: Evenes
// prioritised over two years with Nord universitet), written straight into the tables (src/test/tilsagn-fixture.ts),
// and lists of decisions prepared from them in a given state, made through the use cases by the demo's case officer
// Siri (preparer and sender) and approved by Bjørn, the demo's budsjettdisponent.
//
// `tilsagnFixtures` is made once per database (every call answers the same ids), for cells that only read or are
// refused; `matrixAdoptedRound` and `matrixVedtakBatch` make a fresh one per call, for cells that change it. Rounds
// are in years 4100 onwards: far from the demo's and from the other matrix fixtures' (2020–2100, 2900s, 3100s, 5100s).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound, organisation, partnership, vedtak as vedtakTable, vedtakBatch } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import type { TBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { demoActor } from '../../test/actors.ts';
import { insertAdoptedRound, type AdoptedApplication } from '../../test/tilsagn-fixture.ts';
import { approveVedtakBatch } from '../../usecases/tilsagn/approve-vedtak-batch.ts';
import { prepareRoundVedtak } from '../../usecases/tilsagn/prepare-round-vedtak.ts';
import { submitVedtakBatch } from '../../usecases/tilsagn/submit-vedtak-batch.ts';
import type { Fixtures } from './fixtures.ts';
import type { Tenancy } from './matrix.ts';

export type MatrixRound = { roundId: string; year: number; applicationIds: string[] };
export type MatrixBatch = MatrixRound & { batchId: string; batchVersion: number; decisions: { id: string; applicationId: string; version: number }[] };

export type TilsagnFixtures = {
  /** An adopted innstilling per office, no decisions prepared. */
  adopted: Record<Tenancy, MatrixRound>;
  /** Per office a round with its list of decisions prepared (utkast), and one sent for approval. */
  draft: Record<Tenancy, MatrixBatch>;
  submitted: Record<Tenancy, MatrixBatch>;
  /** Per office a round whose list was approved and marked issued (letters are another helper's): amendable. */
  issued: Record<Tenancy, MatrixBatch>;
};

const FIRST_YEAR = 4100;
const nextYear = new WeakMap<Db, number>();

async function freshYear(db: Db): Promise<number> {
  let year = nextYear.get(db) ?? FIRST_YEAR;
  const taken = new Set((await db.select({ year: behovsmeldingRound.year }).from(behovsmeldingRound)).map((r) => r.year));
  while (taken.has(year)) year += 1;
  nextYear.set(db, year + 1);
  return year;
}

async function orgByName(db: Db, name: string) {
  const [o] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  if (!o) throw new Error(`fixture: no organisation ${name}`);
  return o.id;
}

/** The applications of a tenancy's round: own — Sør-Troms three years, Nord-Troms not prioritised; other — Evenes two years. */
async function applicationsOf(db: Db, fx: Fixtures, tenancy: Tenancy, year: number): Promise<AdoptedApplication[]> {
  if (tenancy === 'own') {
    const uit = await orgByName(db, 'UiT Norges arktiske universitet');
    const [nordTroms] = await db.select({ id: partnership.id }).from(partnership).where(eq(partnership.name, 'Kompetanseløftet Nord-Troms'));
    const years = [year, year + 1, year + 2];
    return [
      {
        partnershipId: fx.partnership('saksbehandler', 'own'),
        priority: 1,
        lines: years.flatMap((y) => [
          { year: y, recipient: 'owner' as const, amountKr: 100_000 },
          { year: y, recipient: 'uh' as const, recipientOrgId: uit, amountKr: 50_000 },
        ]),
      },
      { partnershipId: nordTroms!.id, priority: null, reason: 'Ikke prioritert i matrisen.', lines: [] },
    ];
  }
  const nord = await orgByName(db, 'Nord universitet');
  return [
    {
      partnershipId: fx.partnership('saksbehandler', 'other'),
      priority: 1,
      lines: [year, year + 1].flatMap((y) => [
        { year: y, recipient: 'owner' as const, amountKr: 80_000 },
        { year: y, recipient: 'uh' as const, recipientOrgId: nord, amountKr: 40_000 },
      ]),
    },
  ];
}

/** A fresh adopted innstilling of the tenancy's office, no decisions prepared. */
export async function matrixAdoptedRound(db: Db, fx: Fixtures, tenancy: Tenancy): Promise<MatrixRound> {
  const year = await freshYear(db);
  const { round, applications } = await insertAdoptedRound(db, { officeId: fx.office[tenancy], year, applications: await applicationsOf(db, fx, tenancy, year) });
  return { roundId: round.id, year, applicationIds: applications.map((a) => a.id) };
}

/** A fresh round of the tenancy's office with its list of decisions in `state`: prepared and sent by Siri, approved
 * by Bjørn; 'utstedt' is marked directly (issuing is another use case). */
export async function matrixVedtakBatch(db: Db, fx: Fixtures, tenancy: Tenancy, state: TBatchState): Promise<MatrixBatch> {
  const round = await matrixAdoptedRound(db, fx, tenancy);
  const siri = await demoActor(db, 'saksbehandler');
  const admin = await demoActor(db, 'admin');
  // Siri is a case officer of the own office only; the other office's lists are prepared by the admin.
  const preparer = tenancy === 'own' ? siri : admin;
  let answer = await prepareRoundVedtak({ db, actor: preparer, clock: systemClock, roundId: round.roundId });
  const step = async (fn: typeof submitVedtakBatch, actor: typeof siri) => {
    const b = answer.batches[0]!;
    answer = await fn({ db, actor, clock: systemClock, batchId: b.id, input: { expectedVersion: b.version } });
  };
  if (state !== 'utkast') await step(submitVedtakBatch, preparer);
  const batch = answer.batches[0]!;
  const at = new Date();
  if (state === 'godkjent' || state === 'utstedt') {
    // The demo has no budsjettdisponent at the other office: its approval is written directly.
    if (tenancy === 'own') await step(approveVedtakBatch, await demoActor(db, 'budsjettdisponent'));
    else await db.update(vedtakBatch).set({ state: 'godkjent', approvedAt: at, approvedByName: 'Matrise' }).where(eq(vedtakBatch.id, batch.id));
  }
  if (state === 'utstedt') {
    await db.update(vedtakBatch).set({ state: 'utstedt', issuedAt: at, issuedByName: preparer.name }).where(eq(vedtakBatch.id, batch.id));
    await db.update(vedtakTable).set({ issuedAt: at }).where(eq(vedtakTable.batchId, batch.id));
  }
  const [row] = await db.select({ version: vedtakBatch.version }).from(vedtakBatch).where(eq(vedtakBatch.id, batch.id));
  return { ...round, batchId: batch.id, batchVersion: row!.version, decisions: batch.decisions.map((d) => ({ id: d.id, applicationId: d.applicationId, version: d.version })) };
}

const made = new WeakMap<Db, Promise<TilsagnFixtures>>();

export function tilsagnFixtures(db: Db, fx: Fixtures): Promise<TilsagnFixtures> {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
}

async function make(db: Db, fx: Fixtures): Promise<TilsagnFixtures> {
  const out = { adopted: {}, draft: {}, submitted: {}, issued: {} } as TilsagnFixtures;
  for (const tenancy of ['own', 'other'] as const) {
    out.adopted[tenancy] = await matrixAdoptedRound(db, fx, tenancy);
    out.draft[tenancy] = await matrixVedtakBatch(db, fx, tenancy, 'utkast');
    out.submitted[tenancy] = await matrixVedtakBatch(db, fx, tenancy, 'til-godkjenning');
    out.issued[tenancy] = await matrixVedtakBatch(db, fx, tenancy, 'utstedt');
  }
  return out;
}
