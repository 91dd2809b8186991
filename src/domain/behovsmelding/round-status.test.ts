import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock.ts';
import { renderNb } from '../shared/message-catalogs.ts';
import { ZRoundSchedule, roundStatus } from './round-status.ts';

describe('roundStatus', () => {
  const round = { opensAtLocal: '2023-10-01T08:00:00', deadlineLocal: '2023-12-01T23:59:59' };
  const status = (iso: string) => roundStatus(round, fixedClock(iso).now());
  it('planlagt before opening, åpen from the opening second, stengt after the deadline second', () => {
    expect(status('2023-10-01T05:59:59.999Z')).toBe('planlagt'); // 07:59:59.999 CEST
    expect(status('2023-10-01T06:00:00Z')).toBe('åpen');
    expect(status('2023-12-01T22:59:59.999Z')).toBe('åpen');
    expect(status('2023-12-01T23:00:00Z')).toBe('stengt');
  });
  it('across the spring change', () => {
    const spring = { opensAtLocal: '2024-03-01T00:00', deadlineLocal: '2024-03-31T23:59:59' };
    expect(roundStatus(spring, new Date('2024-02-29T22:59:59Z'))).toBe('planlagt');
    expect(roundStatus(spring, new Date('2024-02-29T23:00:00Z'))).toBe('åpen');
    expect(roundStatus(spring, new Date('2024-03-31T21:59:59.999Z'))).toBe('åpen');
    expect(roundStatus(spring, new Date('2024-03-31T22:00:00Z'))).toBe('stengt');
  });
});

describe('ZRoundSchedule', () => {
  it('accepts and normalises a schedule', () => {
    expect(ZRoundSchedule.parse({ opensAtLocal: '2023-10-01 08:00', deadlineLocal: '2023-12-01 23:59:59' })).toEqual({
      opensAtLocal: '2023-10-01T08:00:00',
      deadlineLocal: '2023-12-01T23:59:59',
    });
  });
  it('refuses a deadline not after the opening, at the deadline field', () => {
    const r = ZRoundSchedule.safeParse({ opensAtLocal: '2023-12-01T23:59:59', deadlineLocal: '2023-12-01T23:59:59' });
    expect(r.error?.issues.map((i) => ({ ...i, message: renderNb(i.message) }))).toEqual([expect.objectContaining({ path: ['deadlineLocal'], message: 'Fristen må være etter åpningstidspunktet' })]);
  });
  it('refuses a missing deadline with a Norwegian message', () => {
    const r = ZRoundSchedule.safeParse({ opensAtLocal: '2023-10-01T08:00' });
    expect(r.error?.issues.map((i) => ({ ...i, message: renderNb(i.message) }))).toEqual([expect.objectContaining({ path: ['deadlineLocal'], message: 'Frist må fylles ut' })]);
  });
});

describe('round schedule with an invalid time', () => {
  it('reports the invalid field instead of throwing', () => {
    const result = ZRoundSchedule.safeParse({ opensAtLocal: '2023-09-01T08:00:00', deadlineLocal: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['deadlineLocal']);
  });
});
