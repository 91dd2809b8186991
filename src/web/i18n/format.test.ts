import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatTime } from './format.ts';

const NBSP = '\u00a0';

describe('Norwegian formats', () => {
  it('formats money as kr with no-break spaces', () => {
    expect(formatMoney(1676314)).toBe(`kr${NBSP}1${NBSP}676${NBSP}314`);
    expect(formatMoney(0)).toBe(`kr${NBSP}0`);
  });

  it('formats dates as dd.mm.yyyy in Oslo time', () => {
    expect(formatDate('2023-12-01T10:00:00Z')).toBe('01.12.2023');
    // 23:30 UTC on 31 May is already 1 June in Oslo (summer time, UTC+2).
    expect(formatDate('2024-05-31T23:30:00Z')).toBe('01.06.2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('formats times in Oslo time, winter and summer', () => {
    expect(formatDateTime('2024-01-15T11:04:00Z')).toBe('15.01.2024 12:04');
    expect(formatTime('2024-07-15T10:04:00Z')).toBe('12:04');
  });
});
