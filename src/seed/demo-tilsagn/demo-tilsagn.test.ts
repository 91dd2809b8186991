// The demo shows the 2024 round decided (issue 14, "Must show": demo data): prepared by the case officer from the
// forum's adopted innstilling, approved by the budsjettdisponent — the multi-year tilsagn's later year now a binding
// reservation against that year's frame —, issued with numbered letters in the addressees' written standards, the
// tilsagn accepted by its coordinator and a klage registered on the avslag. Read as the demo users see it, on the
// seeded test database (the demo seed runs in the tests' global setup). The letters are left queued by the seed for
// `serve`'s worker; here the worker's own handler renders them, as it will on `npm start`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { compact, pdfPages } from '../../documents/blocks/test-pdf-text.ts';
import { behovsmelding, budgetReservation, job, klage, partnership, vedtak, vedtakBatch } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { bokmalOnlyWordsIn } from '../../domain/tilsagn/bokmal-only-words.ts';
import { RENDER_VEDTAK_LETTER_JOB } from '../../domain/tilsagn/issue-letters.ts';
import { renderVedtakLetterHandler } from '../../server/jobs/render-vedtak-letter-job.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { listBudgetFrames } from '../../usecases/forum/list-budget-frames.ts';
import { getApplicationDecision } from '../../usecases/tilsagn/get-application-decision.ts';
import { getRoundVedtak } from '../../usecases/tilsagn/get-round-vedtak.ts';
import { getVedtakLetter } from '../../usecases/tilsagn/get-vedtak-letter.ts';
import { listRoundLetters } from '../../usecases/tilsagn/list-round-letters.ts';
import { REDUCED_UH_KR } from '../demo-forum/earlier-round.ts';
import { FORUM_OFFICE } from '../demo-forum/members.ts';
import { AVSLAG_PARTNERSHIP, AVSLAG_REASONS, KLAGE_RECEIVED_ON, TILSAGN_PARTNERSHIP } from './decided-round.ts';
import { seedDemoTilsagn } from './seed.ts';

const clock = systemClock;
let database: TestDatabase;
let dataDir: string;
let roundId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-demo-tilsagn-'));
  const [batch] = await database.db.select().from(vedtakBatch).where(eq(vedtakBatch.officeId, FORUM_OFFICE));
  roundId = batch!.roundId;
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const applicationOf = async (name: string) => {
  const [p] = await database.db.select().from(partnership).where(eq(partnership.name, name));
  const [a] = await database.db.select().from(behovsmelding).where(and(eq(behovsmelding.roundId, roundId), eq(behovsmelding.partnershipId, p!.id)));
  return a!;
};

describe('the demo’s decided 2024 round', () => {
  it('was prepared by the case officer and approved by the budsjettdisponent: a two-year tilsagn and an avslag, issued', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const answer = await getRoundVedtak({ db, actor: siri, roundId });
    expect(answer.round).toMatchObject({ year: 2024, officeId: FORUM_OFFICE, innstillingAdopted: true });
    expect(answer.batches).toHaveLength(1);
    const [batch] = answer.batches;
    expect(batch).toMatchObject({ kind: 'vedtak', state: 'utstedt', submittedByName: 'Siri Havlund', approvedByName: 'Bjørn Disponent', issuedByName: 'Siri Havlund' });
    // Two people: the one who prepared is not the one who approved.
    expect(batch!.decisions.every((d) => d.preparedByName === 'Siri Havlund')).toBe(true);

    const tilsagn = batch!.decisions.find((d) => d.partnershipName === TILSAGN_PARTNERSHIP)!;
    expect(tilsagn).toMatchObject({ kind: 'tilsagn', deviates: false, stage: 'akseptert' });
    expect([...new Set(tilsagn.lines.map((l) => `${l.year}${l.conditional ? ' conditional' : ''}`))]).toEqual(['2024', '2025 conditional']);
    // UiT's share as the forum reduced it, both years.
    expect(tilsagn.lines.filter((l) => l.recipient === 'uh').map((l) => [l.year, l.recipientName, l.amountKr])).toEqual([
      [2024, 'UiT Norges arktiske universitet', REDUCED_UH_KR],
      [2025, 'UiT Norges arktiske universitet', REDUCED_UH_KR],
    ]);
    const avslag = batch!.decisions.find((d) => d.partnershipName === AVSLAG_PARTNERSHIP)!;
    expect(avslag).toMatchObject({ kind: 'avslag', deviates: false, reasons: AVSLAG_REASONS, lines: [] });
    // Nordreisa, the avslag's addressee, writes nynorsk: so do the reasons the case officer wrote for its letter.
    expect(bokmalOnlyWordsIn(AVSLAG_REASONS)).toEqual([]);

    // Numbered in the Troms case of the round, after its behovsmeldinger, each once.
    const numbers = batch!.decisions.map((d) => d.documentNumber);
    for (const n of numbers) expect(n).toMatch(/^2023\/8245-\d+$/);
    expect(new Set(numbers).size).toBe(2);
  });

  it('the tilsagn’s 2025 year is a binding reservation against 2025’s frame', async () => {
    const db = database.db;
    const reservations = await db.select().from(budgetReservation).where(eq(budgetReservation.sourceRoundId, roundId));
    // Sør-Troms asked 1 121 060 (owner) for 2025; UiT's share was reduced.
    expect(reservations.map((r) => [r.year, r.status, r.amountKr])).toEqual([[2025, 'bindende', 1_121_060 + REDUCED_UH_KR]]);
    const frames = await listBudgetFrames({ db, actor: await demoActor(db, 'saksbehandler'), clock, officeId: FORUM_OFFICE });
    const frame2025 = frames.schemes.find((s) => s.schemeId === 'kompetanseloftet')!.frames.find((f) => f.year === 2025)!;
    expect(frame2025.reservedBindingKr).toBeGreaterThanOrEqual(1_121_060 + REDUCED_UH_KR);
  });

  it('its letters are listed in the addressees’ standards, queued for the worker, which renders them for download', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const { letters } = await listRoundLetters({ db, actor: siri, clock, roundId });
    expect(letters.map((l) => [l.partnershipName, l.kind, l.language, l.samiLanguage]).sort()).toEqual([
      [AVSLAG_PARTNERSHIP, 'avslag', 'nn', null],
      [TILSAGN_PARTNERSHIP, 'tilsagn', 'nb', null],
    ]);
    const tilsagnLetter = letters.find((l) => l.kind === 'tilsagn')!;
    // Issued 25 January 2024; three weeks to accept.
    expect(tilsagnLetter.acceptanceDueLocal).toBe('2024-02-15');

    // The seed leaves the rendering to `serve`'s worker: one job per letter, run here by the worker's handler.
    const vedtakIds = letters.map((l) => l.vedtakId);
    const queued = (await db.select().from(job).where(and(eq(job.kind, RENDER_VEDTAK_LETTER_JOB), isNull(job.doneAt)))).filter((j) =>
      vedtakIds.includes((j.payload as { vedtakId: string }).vedtakId),
    );
    expect(queued).toHaveLength(2);
    const handler = renderVedtakLetterHandler({ db, config: { databaseUrl: database.url, dataDir }, clock });
    for (const j of queued) await handler(j.payload, j);
    const ready = await listRoundLetters({ db, actor: siri, clock, roundId });
    expect(ready.letters.flatMap((l) => l.files.map((f) => f.state))).toEqual(['klar', 'klar']);

    // Nord-Troms' own coordinator downloads the avslag: in nynorsk, without a Bokmål-only word.
    const avslag = letters.find((l) => l.kind === 'avslag')!;
    const nils = await demoActor(db, 'koordinatorNordreisa');
    const pdf = await getVedtakLetter({ db, actor: nils, clock, config: { databaseUrl: database.url, dataDir }, vedtakId: avslag.vedtakId, format: 'pdf' });
    const text = (await pdfPages(pdf.data)).join('\n');
    expect(compact(text)).toContain(compact(avslag.documentNumber));
    expect(compact(text)).toContain(compact('Bjørn Disponent'));
    expect(bokmalOnlyWordsIn(text)).toEqual([]);
  });

  it('Ola Strand, coordinator of the addressee, accepted the tilsagn; Nordreisa’s klage on the avslag is registered, in time', async () => {
    const db = database.db;
    const ola = await demoActor(db, 'koordinator');
    const sorTroms = await getApplicationDecision({ db, actor: ola, clock, applicationId: (await applicationOf(TILSAGN_PARTNERSHIP)).id });
    expect(sorTroms.stage).toBe('akseptert');
    expect(sorTroms.decision!.acceptance).toMatchObject({ needed: true, acceptedByName: 'Ola Strand', reminderDue: false });
    expect(sorTroms.klager).toEqual([]);

    const nils = await demoActor(db, 'koordinatorNordreisa');
    const nordTroms = await getApplicationDecision({ db, actor: nils, clock, applicationId: (await applicationOf(AVSLAG_PARTNERSHIP)).id });
    expect(nordTroms.decision).toMatchObject({ kind: 'avslag', letterDateLocal: '2024-01-25' });
    expect(nordTroms.klager).toHaveLength(1);
    expect(nordTroms.klager[0]).toMatchObject({ state: 'registrert', receivedOnLocal: KLAGE_RECEIVED_ON, inTime: true });
  });

  it('seeding again leaves the decisions, the klage and the profiles as they are', async () => {
    const db = database.db;
    const count = async () => ({
      audit: await auditCount(db),
      batches: (await db.select().from(vedtakBatch)).length,
      decisions: (await db.select().from(vedtak).where(inArray(vedtak.roundId, [roundId]))).length,
      klager: (await db.select().from(klage)).length,
    });
    const before = await count();
    await seedDemoTilsagn(db);
    expect(await count()).toEqual(before);
  });
});
