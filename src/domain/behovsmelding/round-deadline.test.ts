import { describe, expect, it } from 'vitest';
import { msg, renderNb } from '../shared/message-catalogs.ts';
import {
  deadlineClosesAt,
  formatOsloDateTime,
  isSubmissionOnTime,
  osloLocalToInstant,
  osloOffsetMinutes,
  osloWallClock,
  parseLocalDateTime,
  resolveOsloLocal,
  zLocalDateTime,
} from './round-deadline.ts';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('osloLocalToInstant', () => {
  it('converts winter, spring-forward day and fall-back day deadlines to the exact UTC instant', () => {
    expect(iso(osloLocalToInstant('2023-12-01T23:59:59'))).toBe('2023-12-01T22:59:59.000Z');
    expect(iso(osloLocalToInstant('2024-03-31T23:59:59'))).toBe('2024-03-31T21:59:59.000Z');
    expect(iso(osloLocalToInstant('2024-10-27T23:59:59'))).toBe('2024-10-27T22:59:59.000Z');
    expect(iso(osloLocalToInstant('2024-07-01 12:00'))).toBe('2024-07-01T10:00:00.000Z');
  });
  it('just around the spring change: 01:59:59 CET, then 03:00:00 CEST', () => {
    expect(iso(osloLocalToInstant('2024-03-31T01:59:59'))).toBe('2024-03-31T00:59:59.000Z');
    expect(iso(osloLocalToInstant('2024-03-31T03:00:00'))).toBe('2024-03-31T01:00:00.000Z');
  });
  it('skipped hour 2024-03-31 02:30 does not exist; it is moved forward by the gap to 03:30 CEST (01:30Z)', () => {
    const r = resolveOsloLocal(parseLocalDateTime('2024-03-31T02:30')!);
    expect(r).toEqual({ kind: 'skipped', before: at('2024-03-31T01:30:00Z'), after: at('2024-03-31T00:30:00Z') });
    const instant = osloLocalToInstant('2024-03-31T02:30');
    expect(iso(instant)).toBe('2024-03-31T01:30:00.000Z');
    expect(formatOsloDateTime(instant)).toBe('31.03.2024 kl. 03:30');
  });
  it('repeated hour 2024-10-27 02:30 happens twice; the earlier (02:30 CEST = 00:30Z) is taken', () => {
    const r = resolveOsloLocal(parseLocalDateTime('2024-10-27T02:30')!);
    expect(r).toEqual({ kind: 'repeated', earlier: at('2024-10-27T00:30:00Z'), later: at('2024-10-27T01:30:00Z') });
    expect(iso(osloLocalToInstant('2024-10-27T02:30'))).toBe('2024-10-27T00:30:00.000Z');
    // The hours on either side are unique.
    expect(resolveOsloLocal(parseLocalDateTime('2024-10-27T01:59:59')!).kind).toBe('unique');
    expect(iso(osloLocalToInstant('2024-10-27T03:00'))).toBe('2024-10-27T02:00:00.000Z');
  });
  it('round-trips every hour of 2023–2025 (the later repeated hour maps to the earlier one)', () => {
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 3_600_000) {
      const instant = new Date(ms);
      const back = osloLocalToInstant(osloWallClock(instant)).getTime();
      if (back !== ms) expect(back).toBe(ms - 3_600_000); // only the second 02:xx of an October change
    }
  });
  it('knows the offsets', () => {
    expect(osloOffsetMinutes(at('2023-12-01T12:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(at('2024-07-01T12:00:00Z'))).toBe(120);
    expect(osloOffsetMinutes(at('2024-03-31T00:59:59.999Z'))).toBe(60);
    expect(osloOffsetMinutes(at('2024-03-31T01:00:00Z'))).toBe(120);
  });
  it('throws on text that is not a local date and time', () => {
    expect(() => osloLocalToInstant('2023-02-29T12:00')).toThrow(RangeError);
    expect(() => osloLocalToInstant('2023-12-01T24:00')).toThrow(RangeError);
    expect(() => osloLocalToInstant('01.12.2023 23:59')).toThrow(RangeError);
  });
});

describe('zLocalDateTime', () => {
  const schema = zLocalDateTime(msg('behovsmelding.label.deadline'));
  it('normalises to YYYY-MM-DDTHH:mm:ss', () => {
    expect(schema.parse(' 2023-12-01 23:59 ')).toBe('2023-12-01T23:59:00');
    expect(schema.parse('2024-02-29T23:59:59')).toBe('2024-02-29T23:59:59');
  });
  it('refuses with Norwegian messages', () => {
    const messages = (v: unknown) => schema.safeParse(v).error?.issues.map((i) => renderNb(i.message));
    expect(messages('')).toEqual(['Frist må fylles ut']);
    expect(messages(undefined)).toEqual(['Frist må fylles ut']);
    expect(messages('2023-02-29 12:00')).toEqual(['Frist må være en gyldig dato og tid (åååå-mm-dd tt:mm)']);
  });
});

describe('isSubmissionOnTime', () => {
  const cases = [
    { deadline: '2023-12-01T23:59:59', lastSecond: '2023-12-01T22:59:59', next: '2023-12-01T23:00:00', shown: '01.12.2023 kl. 23:59' },
    { deadline: '2024-03-31T23:59:59', lastSecond: '2024-03-31T21:59:59', next: '2024-03-31T22:00:00', shown: '31.03.2024 kl. 23:59' },
    { deadline: '2024-10-27T23:59:59', lastSecond: '2024-10-27T22:59:59', next: '2024-10-27T23:00:00', shown: '27.10.2024 kl. 23:59' },
  ];
  for (const c of cases) {
    it(`deadline ${c.deadline} Oslo: 23:59:59 and 23:59:59.999 on time, 00:00:00 the next day late`, () => {
      expect(isSubmissionOnTime({ deadlineLocal: c.deadline, submittedAt: at(`${c.lastSecond}.000Z`) }).onTime).toBe(true);
      expect(isSubmissionOnTime({ deadlineLocal: c.deadline, submittedAt: at(`${c.lastSecond}.999Z`) }).onTime).toBe(true);
      const late = isSubmissionOnTime({ deadlineLocal: c.deadline, submittedAt: at(`${c.next}.000Z`) });
      expect({ ...late, message: !late.onTime && renderNb(late.message) }).toEqual({
        onTime: false,
        extended: false,
        closesAt: at(`${c.next}.000Z`),
        message: `Fristen gikk ut ${c.shown}. Be saksbehandler om utsatt frist.`,
      });
      expect(iso(deadlineClosesAt(c.deadline))).toBe(`${c.next}.000Z`);
    });
  }
  it('a deadline in the repeated hour closes at the end of the first 02:30', () => {
    const deadlineLocal = '2024-10-27T02:30:00';
    expect(isSubmissionOnTime({ deadlineLocal, submittedAt: at('2024-10-27T00:30:00.999Z') }).onTime).toBe(true);
    expect(isSubmissionOnTime({ deadlineLocal, submittedAt: at('2024-10-27T00:30:01Z') }).onTime).toBe(false);
  });
  it('a deadline in the skipped hour closes at the end of 03:30 CEST', () => {
    const deadlineLocal = '2024-03-31T02:30:00';
    expect(isSubmissionOnTime({ deadlineLocal, submittedAt: at('2024-03-31T01:30:00.999Z') }).onTime).toBe(true);
    const late = isSubmissionOnTime({ deadlineLocal, submittedAt: at('2024-03-31T01:30:01Z') });
    expect(late.onTime).toBe(false);
    expect(!late.onTime && renderNb(late.message)).toBe('Fristen gikk ut 31.03.2024 kl. 03:30. Be saksbehandler om utsatt frist.');
  });
  it("an extension moves that partnership's deadline", () => {
    const base = { deadlineLocal: '2023-12-01T23:59:59', extensionUntilLocal: '2023-12-08T12:00:00' };
    const inside = isSubmissionOnTime({ ...base, submittedAt: at('2023-12-05T09:00:00Z') });
    expect(inside).toEqual({ onTime: true, extended: true, closesAt: at('2023-12-08T11:00:01Z') });
    expect(isSubmissionOnTime({ ...base, submittedAt: at('2023-12-08T11:00:00.999Z') }).onTime).toBe(true);
    const late = isSubmissionOnTime({ ...base, submittedAt: at('2023-12-08T11:00:01Z') });
    expect({ ...late, message: !late.onTime && renderNb(late.message) }).toMatchObject({
      onTime: false,
      extended: true,
      message: 'Den utsatte fristen gikk ut 08.12.2023 kl. 12:00. Be saksbehandler om ny utsettelse.',
    });
    // Without the extension the same submission is late.
    expect(isSubmissionOnTime({ deadlineLocal: base.deadlineLocal, submittedAt: at('2023-12-05T09:00:00Z') }).onTime).toBe(false);
  });
  it('an extension never shortens the deadline; null means none', () => {
    const r = isSubmissionOnTime({ deadlineLocal: '2023-12-01T23:59:59', extensionUntilLocal: '2023-11-20T12:00', submittedAt: at('2023-11-25T12:00:00Z') });
    expect(r).toEqual({ onTime: true, extended: false, closesAt: at('2023-12-01T23:00:00Z') });
    expect(isSubmissionOnTime({ deadlineLocal: '2023-12-01T23:59:59', extensionUntilLocal: null, submittedAt: at('2023-12-01T23:00:00Z') }).onTime).toBe(false);
  });
});
