import { describe, expect, it } from 'vitest';
import { zLocalDateTime } from '../../../../domain/behovsmelding/round-deadline.ts';
import { ZRoundSchedule } from '../../../../domain/behovsmelding/round-status.ts';
import { msg, renderNb } from '../../../../domain/shared/message-catalogs.ts';
import { formatLocalDateTimeNo, joinLocalDateTime, osloClockAnomaly, splitLocalDateTime } from './local-date-time.ts';

describe('joinLocalDateTime', () => {
  it('joins a date input and a time input into a local Oslo time with seconds', () => {
    expect(joinLocalDateTime({ date: '2023-12-01', time: '23:59' })).toBe('2023-12-01T23:59:00');
    expect(joinLocalDateTime({ date: '2023-12-01', time: '23:59:59' })).toBe('2023-12-01T23:59:59');
    expect(joinLocalDateTime({ date: ' 2024-03-01 ', time: ' 08:00 ' })).toBe('2024-03-01T08:00:00');
  });

  it('gives an empty text when either part is missing, so the schema says it must be filled in', () => {
    expect(joinLocalDateTime({ date: '', time: '12:00' })).toBe('');
    expect(joinLocalDateTime({ date: '2023-12-01', time: '' })).toBe('');
  });

  it('passes malformed input on for the shared schema to reject with its own message', () => {
    const parsed = zLocalDateTime(msg('behovsmelding.label.deadline')).safeParse(joinLocalDateTime({ date: '2023-02-30', time: '12:00' }));
    expect(parsed.error?.issues.map((i) => renderNb(i.message))).toEqual(['Frist må være en gyldig dato og tid (åååå-mm-dd tt:mm)']);
    expect(joinLocalDateTime({ date: '1.12.2023', time: '12' })).toBe('1.12.2023T12');
  });

  it('feeds the shared schedule schema, which checks the deadline comes after the opening', () => {
    const ok = ZRoundSchedule.safeParse({
      opensAtLocal: joinLocalDateTime({ date: '2023-10-01', time: '08:00' }),
      deadlineLocal: joinLocalDateTime({ date: '2023-12-01', time: '23:59:59' }),
    });
    expect(ok.success && ok.data).toEqual({ opensAtLocal: '2023-10-01T08:00:00', deadlineLocal: '2023-12-01T23:59:59' });
    const bad = ZRoundSchedule.safeParse({ opensAtLocal: '2023-12-02T00:00:00', deadlineLocal: '2023-12-01T23:59:59' });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['deadlineLocal']);
  });
});

describe('splitLocalDateTime', () => {
  it('splits a stored local time for the date and time inputs, seconds only when not zero', () => {
    expect(splitLocalDateTime('2023-12-01T23:59:59')).toEqual({ date: '2023-12-01', time: '23:59:59' });
    expect(splitLocalDateTime('2023-10-01T08:00:00')).toEqual({ date: '2023-10-01', time: '08:00' });
  });

  it('round-trips with joinLocalDateTime', () => {
    for (const local of ['2024-03-31T02:30:00', '2024-10-27T02:30:15', '2023-01-01T00:00:00'])
      expect(joinLocalDateTime(splitLocalDateTime(local))).toBe(local);
  });

  it('gives empty inputs for a missing or invalid value', () => {
    expect(splitLocalDateTime(null)).toEqual({ date: '', time: '' });
    expect(splitLocalDateTime('i morgen')).toEqual({ date: '', time: '' });
  });
});

describe('formatLocalDateTimeNo', () => {
  it('writes the wall-clock time as entered, whatever time zone the browser is in', () => {
    // Issue 12, point 10: one way for times, to the minute (was `kl. 23:59:59` here and `kl. 23:59` elsewhere).
    expect(formatLocalDateTimeNo('2023-12-01T23:59:59')).toBe('01.12.2023 kl. 23:59');
    expect(formatLocalDateTimeNo('2024-06-01T08:00:00')).toBe('01.06.2024 kl. 08:00');
    expect(formatLocalDateTimeNo('')).toBe('');
  });
});

describe('osloClockAnomaly', () => {
  it('notices the skipped spring hour and the repeated autumn hour', () => {
    expect(osloClockAnomaly({ date: '2024-03-31', time: '02:30' })).toBe('skipped');
    expect(osloClockAnomaly({ date: '2024-10-27', time: '02:30' })).toBe('repeated');
    expect(osloClockAnomaly({ date: '2024-10-27', time: '03:30' })).toBeNull();
    expect(osloClockAnomaly({ date: '2024-10-27', time: '' })).toBeNull();
  });
});
