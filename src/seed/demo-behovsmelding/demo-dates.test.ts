// The demo must be alive whenever it is seeded (issue 12, point 4): its open round, the Nordland extension and the
// Nord-Troms resubmission window are counted from the seed's clock, while the 2024 rounds keep their real dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { behovsmelding, behovsmeldingExtension, behovsmeldingRound, behovsmeldingRoundCase, partnership } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createEmptyDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getStartOverview } from '../../usecases/behovsmelding/get-start-overview.ts';
import { prepareDatabase } from '../prepare-database.ts';
import { demoDates, roundYearOf } from './demo-dates.ts';

describe('the demo dates, counted from the seed day', () => {
  it('the open round closes 45 days after the seed day at 23:59:59 Oslo time, and is named for the school year it funds', () => {
    expect(demoDates(new Date('2031-03-10T08:00:00Z'))).toEqual({
      caseYear: 2031,
      openRound: { year: 2031, opensAtLocal: '2031-01-27T08:00:00', deadlineLocal: '2031-04-24T23:59:59' },
      closedRound: { year: 2031, opensAtLocal: '2030-12-30T08:00:00', deadlineLocal: '2031-03-04T23:59:59' },
      extensionUntilLocal: '2031-03-30T23:59:59',
      resubmitUntilLocal: '2031-03-24T23:59:59',
    });
    // 23:30 UTC on 31 October is already 1 November in Oslo: the Oslo day counts, and an autumn deadline is for next year.
    expect(demoDates(new Date('2026-10-31T23:30:00Z')).openRound).toMatchObject({ year: 2027, deadlineLocal: '2026-12-16T23:59:59' });
    expect([roundYearOf('2030-07-01T23:59:59'), roundYearOf('2030-07-02T23:59:59'), roundYearOf('2023-12-01T23:59:59')]).toEqual([2030, 2031, 2025]);
  });

  it('the round awaiting the forum closed six days before the seed day; closed in the autumn, it is for next year', () => {
    expect(demoDates(new Date('2026-12-07T10:00:00Z')).closedRound).toEqual({ year: 2027, opensAtLocal: '2026-09-28T08:00:00', deadlineLocal: '2026-12-01T23:59:59' });
  });
});

describe('a demo seeded years ahead (10 March 2031)', () => {
  const seededAt = fixedClock('2031-03-10T09:00:00+01:00');
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    await prepareDatabase(database, { demo: true, clock: seededAt });
  }, 120_000);
  afterAll(() => database?.close());

  it('the demo is not dead on arrival: Ola Strand’s start page offers an open round to apply in', async () => {
    const db = database.db;
    const ola = await demoActor(db, 'koordinator');
    const overview = await getStartOverview({ db, actor: ola, clock: seededAt });
    const open = overview.coordinator?.openRounds ?? [];
    expect(open.map((r) => [r.year, r.deadlineLocal])).toContainEqual([2031, '2031-04-24T23:59:59']);
    const round = open.find((r) => r.year === 2031)!;
    expect(round.partnerships.map((p) => p.name)).toContain('Kompetanseløftet Sør-Troms og Evenes');
    // Still open the day before its deadline, six weeks on.
    const later = await getStartOverview({ db, actor: ola, clock: fixedClock('2031-04-24T21:00:00Z') });
    expect(later.coordinator?.openRounds.map((r) => r.id)).toContain(round.id);
  });

  it('the 2024 rounds keep their real dates; the open round’s case numbers carry the seed year', async () => {
    const db = database.db;
    const rounds = await db.select().from(behovsmeldingRound);
    for (const r of rounds.filter((x) => x.year === 2024)) expect(r.deadlineLocal).toBe('2023-12-01T23:59:59');
    const open = rounds.find((r) => r.year === 2031 && r.schemeId === 'kompetanseloftet')!;
    const cases = await db.select().from(behovsmeldingRoundCase).where(eq(behovsmeldingRoundCase.roundId, open.id));
    expect(cases.map((c) => c.caseNumber).sort()).toEqual(['2031/9144', '2031/9145']);
  });

  it('the Dekomp round awaiting the forum closed six days before the seed day, its case numbers in the year it opened', async () => {
    const db = database.db;
    const rounds = await db.select().from(behovsmeldingRound);
    const closed = rounds.find((r) => r.year === 2031 && r.schemeId === 'dekomp')!;
    expect([closed.opensAtLocal, closed.deadlineLocal]).toEqual(['2030-12-30T08:00:00', '2031-03-04T23:59:59']);
    const cases = await db.select().from(behovsmeldingRoundCase).where(eq(behovsmeldingRoundCase.roundId, closed.id));
    expect(cases.map((c) => c.caseNumber).sort()).toEqual(['2030/9151', '2030/9152']);
  });

  it('the Nordland extension runs 20 days from the seed day, the Nord-Troms resubmission window 14', async () => {
    const db = database.db;
    const [extension] = await db.select().from(behovsmeldingExtension);
    expect(extension?.untilLocal).toBe('2031-03-30T23:59:59');
    const [nordTroms] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Nord-Troms'));
    const [returned] = await db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, nordTroms!.id));
    expect([returned?.status, returned?.resubmitUntilLocal]).toEqual(['returnert', '2031-03-24T23:59:59']);
  });
});
