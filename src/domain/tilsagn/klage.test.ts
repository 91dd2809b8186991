// The klage's pure rules (issue 14, point 5): which state may follow which, the three weeks counted on the calendar
// (across the end of a month and a daylight-saving change), and the effect of a new decision on the frames per year.
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { assertMayMove, cameInTime, frameEffect, isOpen, klageDeadline, klageText, mayMove, ZDismissKlageInput, ZRegisterKlageInput } from './klage.ts';

describe('the state machine', () => {
  it('registrert → omgjort | avvist | oversendt; oversendt → avgjort; the rest end it', () => {
    expect(['omgjort', 'avvist', 'oversendt', 'avgjort'].filter((to) => mayMove('registrert', to as never))).toEqual(['omgjort', 'avvist', 'oversendt']);
    expect(mayMove('oversendt', 'avgjort')).toBe(true);
    expect(mayMove('oversendt', 'omgjort')).toBe(false);
    for (const end of ['omgjort', 'avvist', 'avgjort']) expect(mayMove(end, 'avgjort')).toBe(false);
    expect(mayMove('ukjent', 'avvist')).toBe(false);
    expect(() => assertMayMove('avvist', 'oversendt')).toThrow(AppError);
    expect([isOpen('registrert'), isOpen('oversendt'), isOpen('avvist'), isOpen('avgjort')]).toEqual([true, true, false, false]);
  });
});

describe('three weeks', () => {
  it('ends 21 calendar days after the letter, inclusive, across a month end and daylight saving', () => {
    expect(klageDeadline('2024-03-20')).toBe('2024-04-10');
    expect(cameInTime('2024-03-20', '2024-04-10')).toBe(true);
    expect(cameInTime('2024-03-20', '2024-04-11')).toBe(false);
    expect(klageDeadline('2024-12-20')).toBe('2025-01-10');
  });
});

describe('frame effect', () => {
  it('sums per year before and after, listing years of either decision', () => {
    const before = [
      { year: 2025, amountKr: 100_000 },
      { year: 2025, amountKr: 50_000 },
      { year: 2026, amountKr: 90_000 },
    ];
    const after = [
      { year: 2025, amountKr: 120_000 },
      { year: 2025, amountKr: 50_000 },
      { year: 2027, amountKr: 10_000 },
    ];
    expect(frameEffect(before, after)).toEqual([
      { year: 2025, beforeKr: 150_000, afterKr: 170_000, differenceKr: 20_000 },
      { year: 2026, beforeKr: 90_000, afterKr: 0, differenceKr: -90_000 },
      { year: 2027, beforeKr: 0, afterKr: 10_000, differenceKr: 10_000 },
    ]);
  });
});

describe('input', () => {
  it('a registration needs a real date, who it is from and what it says; a dismissal needs reasons', () => {
    expect(ZRegisterKlageInput.safeParse({ receivedOnLocal: '2024-02-30', fromName: 'A', summary: 'B' }).success).toBe(false);
    expect(ZRegisterKlageInput.safeParse({ receivedOnLocal: '2024-02-29', fromName: ' A ', summary: 'B' }).data).toEqual({ receivedOnLocal: '2024-02-29', fromName: 'A', summary: 'B' });
    expect(ZDismissKlageInput.safeParse({ reasons: '   ' }).success).toBe(false);
  });

  it('the klage as text says whether it came in time', () => {
    const text = klageText({ documentNumber: '2024/1-2', partnershipName: 'P', letterDateLocal: '2024-03-20', receivedOnLocal: '2024-04-11', fromName: 'K', summary: 'S', registeredByName: 'R', assessment: null });
    expect(text).toContain('Kom inn innen klagefristen på tre uker: nei');
    expect(text).not.toContain('vurdering');
  });
});
