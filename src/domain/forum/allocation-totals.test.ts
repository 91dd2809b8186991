// The allocation screen's totals per year: over and under the frame, a frame that is an estimate or missing, earlier
// promises held against later years, and the rule that keeps a promise from counting twice once next year's
// application of the same measure is allocated.
import { describe, expect, it } from 'vitest';
import type { TLine } from './allocation.ts';
import { allocationTotals, consumingApplications, type TReservation, type TRoundApplication } from './allocation-totals.ts';

const owner = (applicationId: string, year: number, amountKr: number, partKey = 'hoved'): TLine => ({ applicationId, partKey, year, recipient: 'owner', orgId: null, amountKr });
const uh = (applicationId: string, year: number, amountKr: number, orgId = 'uit'): TLine => ({ applicationId, partKey: 'hoved', year, recipient: 'uh', orgId, amountKr });
const app = (id: string, ancestorIds: string[] = [], ownPartKeys = ['hoved']): TRoundApplication => ({ id, ownPartKeys, ancestorIds });
const reservation = (id: string, year: number, amountKr: number, sourceApplicationId: string, consumedByApplicationId: string | null = null): TReservation => ({
  id,
  year,
  amountKr,
  sourceApplicationId,
  consumedByApplicationId,
});

describe('allocation totals', () => {
  it('says how far the proposal is over the frame, in kroner (positive = over)', () => {
    const [y1] = allocationTotals({
      years: [2027],
      frames: [{ year: 2027, amountKr: 1_000_000, confirmed: true }],
      reservations: [],
      applications: [app('a'), app('b')],
      lines: [owner('a', 2027, 600_000), uh('a', 2027, 200_000), owner('b', 2027, 350_000)],
    });
    expect(y1).toEqual({ year: 2027, frame: { amountKr: 1_000_000, confirmed: true }, reservedKr: 0, consumedKr: 0, proposedKr: 1_150_000, totalKr: 1_150_000, overKr: 150_000 });
  });

  it('says how much is left under the frame as a negative amount', () => {
    const [y1] = allocationTotals({ years: [2027], frames: [{ year: 2027, amountKr: 1_000_000, confirmed: true }], reservations: [], applications: [app('a')], lines: [owner('a', 2027, 400_000)] });
    expect(y1!.overKr).toBe(-600_000);
  });

  it("counts a multi-year application's later years in those years, against the later frames marked as estimates", () => {
    const totals = allocationTotals({
      years: [2027, 2028, 2029],
      frames: [
        { year: 2027, amountKr: 1_000_000, confirmed: true },
        { year: 2028, amountKr: 900_000, confirmed: false },
      ],
      reservations: [],
      applications: [app('a')],
      lines: [owner('a', 2027, 300_000), owner('a', 2028, 250_000), owner('a', 2029, 100_000)],
    });
    expect(totals.map((t) => [t.year, t.frame, t.proposedKr, t.overKr])).toEqual([
      [2027, { amountKr: 1_000_000, confirmed: true }, 300_000, -700_000],
      [2028, { amountKr: 900_000, confirmed: false }, 250_000, -650_000],
      // No frame yet: nothing to be over or under.
      [2029, null, 100_000, null],
    ]);
  });

  it('holds an earlier promise against the later year it reserves', () => {
    const [y] = allocationTotals({
      years: [2028],
      frames: [{ year: 2028, amountKr: 1_000_000, confirmed: false }],
      reservations: [reservation('r1', 2028, 400_000, 'promised-2027')],
      applications: [app('new')],
      lines: [owner('new', 2028, 500_000)],
    });
    expect(y).toMatchObject({ reservedKr: 400_000, proposedKr: 500_000, totalKr: 900_000, overKr: -100_000 });
  });

  it("allocating next year's application of a promised measure consumes the reservation (the frame sum is not counted twice)", () => {
    // 2027's application promised 400 000 for 2028. In the 2028 round its year-2 application (previous_id → it) is
    // allocated 400 000: the year holds 400 000, not 800 000.
    const input = {
      years: [2028],
      frames: [{ year: 2028, amountKr: 1_000_000, confirmed: true }],
      reservations: [reservation('r1', 2028, 400_000, 'year-1')],
      applications: [app('year-2', ['year-1'])],
      lines: [owner('year-2', 2028, 300_000), uh('year-2', 2028, 100_000)],
    };
    const [y] = allocationTotals(input);
    expect(y).toMatchObject({ reservedKr: 0, consumedKr: 400_000, proposedKr: 400_000, totalKr: 400_000, overKr: -600_000 });
    expect(consumingApplications(input.applications, input.reservations)).toEqual(new Map([['r1', 'year-2']]));
  });

  it('a year-3 application consumes the promise of its first year through the chain', () => {
    const [y] = allocationTotals({
      years: [2029],
      frames: [],
      reservations: [reservation('r1', 2029, 200_000, 'year-1')],
      applications: [app('year-3', ['year-2', 'year-1'])],
      lines: [owner('year-3', 2029, 150_000)],
    });
    expect(y).toMatchObject({ reservedKr: 0, consumedKr: 200_000, proposedKr: 150_000, totalKr: 150_000 });
  });

  it("a year-3 application does not use up again the first year's promise its year-2 application already consumed", () => {
    // 2027's A promised 2029; 2028's B (previous A) consumed it at adoption and made its own promise for 2029.
    const input = {
      years: [2029],
      frames: [],
      reservations: [reservation('a-2029', 2029, 200_000, 'A', 'B'), reservation('b-2029', 2029, 180_000, 'B')],
      applications: [app('C', ['B', 'A'])],
      lines: [owner('C', 2029, 180_000)],
    };
    expect(allocationTotals(input)[0]).toMatchObject({ reservedKr: 0, consumedKr: 180_000, proposedKr: 180_000, totalKr: 180_000 });
    expect(consumingApplications(input.applications, input.reservations)).toEqual(new Map([['b-2029', 'C']]));
  });

  it("does not count a promise already used up by another round's application, nor this round's own promises", () => {
    const [y] = allocationTotals({
      years: [2029],
      frames: [],
      reservations: [reservation('spent', 2029, 100_000, 'old', 'elsewhere'), reservation('own', 2029, 300_000, 'a'), reservation('held', 2029, 50_000, 'other')],
      applications: [app('a')],
      lines: [owner('a', 2029, 300_000)],
    });
    expect(y).toMatchObject({ reservedKr: 50_000, consumedKr: 0, proposedKr: 300_000, totalKr: 350_000 });
  });

  it("leaves a part of another office out of this office's totals", () => {
    const [y] = allocationTotals({
      years: [2027],
      frames: [{ year: 2027, amountKr: 500_000, confirmed: true }],
      reservations: [],
      applications: [app('a', [], ['sor-troms'])],
      lines: [owner('a', 2027, 200_000, 'sor-troms'), owner('a', 2027, 59_000, 'evenes')],
    });
    expect(y).toMatchObject({ proposedKr: 200_000, overKr: -300_000 });
  });
});
