// Two scenarios side by side: per application and year what each proposes and the difference (b − a).
import { describe, expect, it } from 'vitest';
import type { TLine } from './allocation.ts';
import { compareScenarios } from './allocation-compare.ts';

const line = (applicationId: string, year: number, amountKr: number, recipient: 'owner' | 'uh' = 'owner'): TLine => ({
  applicationId,
  partKey: 'hoved',
  year,
  recipient,
  orgId: recipient === 'uh' ? 'uit' : null,
  amountKr,
});

describe('comparing scenarios', () => {
  it('sums owner and UH per application and year, and gives the difference b − a', () => {
    const a = [line('x', 2027, 300_000), line('x', 2027, 200_000, 'uh'), line('y', 2028, 100_000)];
    const b = [line('x', 2027, 350_000), line('z', 2027, 50_000)];
    expect(compareScenarios(['x', 'y', 'z'], [2027, 2028], a, b)).toEqual([
      { applicationId: 'x', years: [{ year: 2027, aKr: 500_000, bKr: 350_000, differenceKr: -150_000 }, { year: 2028, aKr: 0, bKr: 0, differenceKr: 0 }] },
      { applicationId: 'y', years: [{ year: 2027, aKr: 0, bKr: 0, differenceKr: 0 }, { year: 2028, aKr: 100_000, bKr: 0, differenceKr: -100_000 }] },
      { applicationId: 'z', years: [{ year: 2027, aKr: 0, bKr: 50_000, differenceKr: 50_000 }, { year: 2028, aKr: 0, bKr: 0, differenceKr: 0 }] },
    ]);
  });
});
