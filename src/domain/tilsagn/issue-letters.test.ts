// The pure rules of issuing (issue 14, point 3): the letter's Oslo date (an issue just after midnight in Norway is
// that Norwegian day, though still the day before in UTC), the last day to accept counted in calendar days across
// month, year and daylight-saving edges, which decisions are to be accepted, and the letters' file names.
import { describe, expect, it } from 'vitest';
import { addDaysLocal, letterFileName, needsAcceptance, osloDateOf, ZArchiveNumberInput } from './issue-letters.ts';

describe('issuing letters', () => {
  it('dates a letter by the Oslo calendar, also just after midnight in winter and summer', () => {
    expect(osloDateOf(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(osloDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloDateOf(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('counts the days to accept as calendar days across month, year and daylight-saving edges', () => {
    expect(addDaysLocal('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDaysLocal('2027-03-20', 21)).toBe('2027-04-10');
    expect(addDaysLocal('2028-02-20', 10)).toBe('2028-03-01');
    expect(() => addDaysLocal('not a date', 1)).toThrow(RangeError);
  });

  it('asks acceptance only of a tilsagn that pays something out (state transfers and avslag ask none)', () => {
    const transfers = new Set(['uit']);
    expect(needsAcceptance('tilsagn', [{ recipientOrgId: 'harstad', amountKr: 100 }], transfers)).toBe(true);
    expect(needsAcceptance('tilsagn', [{ recipientOrgId: 'uit', amountKr: 100 }], transfers)).toBe(false);
    expect(needsAcceptance('tilsagn', [{ recipientOrgId: 'harstad', amountKr: 0 }, { recipientOrgId: 'uit', amountKr: 100 }], transfers)).toBe(false);
    expect(needsAcceptance('avslag', [], transfers)).toBe(false);
  });

  it('names files by document number; a Sámi copy carries its language', () => {
    expect(letterFileName('2026/8245-3', 'nb', 'pdf')).toBe('2026-8245-3.pdf');
    expect(letterFileName('2026/8245-3', 'nn', 'docx')).toBe('2026-8245-3.docx');
    expect(letterFileName('2026/8245-3', 'se', 'pdf')).toBe('2026-8245-3-se.pdf');
  });

  it('takes an archive number as trimmed text, and empty as none', () => {
    expect(ZArchiveNumberInput.parse({ archiveNumber: ' 26/08245-7 ' })).toEqual({ archiveNumber: '26/08245-7' });
    expect(ZArchiveNumberInput.parse({ archiveNumber: '  ' })).toEqual({ archiveNumber: null });
    expect(ZArchiveNumberInput.parse({ archiveNumber: null })).toEqual({ archiveNumber: null });
    expect(ZArchiveNumberInput.safeParse({ archiveNumber: 'x'.repeat(61) }).success).toBe(false);
  });
});
