// The report deadline of a list's letters (issue 14, point 3): its default — 1 October the year after the grant year,
// when the partnerships have reported on the school year the grant starts — moved on when that day has passed; and
// the check of a deadline the case officer sets: a real date, not before the day of the decision.
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { defaultReportDueLocal, isLocalDate, reportDueValid } from './vedtak-batch.ts';

function refusal(fn: () => unknown): [number, string, string[]] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return [e.status, e.userMessage, e.fieldErrors.map((f) => f.field)];
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the default report deadline', () => {
  it('is 1 October the year after the grant year', () => {
    expect(defaultReportDueLocal(2026, '2026-02-10')).toBe('2027-10-01');
    expect(defaultReportDueLocal(2026, '2025-12-15')).toBe('2027-10-01');
  });

  it('is that day itself on the day, and the next 1 October once it has passed', () => {
    expect(defaultReportDueLocal(2026, '2027-10-01')).toBe('2027-10-01');
    expect(defaultReportDueLocal(2026, '2027-10-02')).toBe('2028-10-01');
    expect(defaultReportDueLocal(2026, '2028-03-01')).toBe('2028-10-01');
  });
});

describe('a report deadline the case officer sets', () => {
  it('is a real calendar date written YYYY-MM-DD', () => {
    expect(['2027-10-01', '2028-02-29'].map(isLocalDate)).toEqual([true, true]);
    expect(['2027-02-29', '2027-13-01', '01.10.2027', '2027-1-1', '', '2027-10-01T00:00'].map(isLocalDate)).toEqual([false, false, false, false, false, false]);
  });

  it('may be today or later (trimmed)', () => {
    expect(reportDueValid(' 2027-03-01 ', '2027-03-01')).toBe('2027-03-01');
    expect(reportDueValid('2030-12-31', '2027-03-01')).toBe('2030-12-31');
  });

  it('is refused when not a date, or before the day of the decision, with a message on the field', () => {
    expect(refusal(() => reportDueValid('31.02.2027', '2026-12-01'))).toEqual([400, 'Rapporteringsfristen må være en gyldig dato (åååå-mm-dd)', ['reportDueLocal']]);
    expect(refusal(() => reportDueValid('2026-11-30', '2026-12-01'))).toEqual([
      400,
      'Rapporteringsfristen kan ikke være før vedtaksdagen: velg i dag eller en senere dato',
      ['reportDueLocal'],
    ]);
  });
});
