// The start pages' rules of time at their edges (Oslo time; see round-deadline.ts for the deadline's last second).
import { describe, expect, it } from 'vitest';
import { isClosingSoon, mayStillApply, newSince, startVisit } from './start-overview.ts';

const round = { opensAtLocal: '2060-09-01T08:00:00', deadlineLocal: '2060-12-01T23:59:59' };
// 2060-12-01T23:59:59 Oslo (CET, +01:00) closes at 2060-12-01T23:00:00Z.
const closesAt = Date.parse('2060-12-01T23:00:00Z');
const DAY = 86_400_000;

describe('a round closing soon (the case officer’s start page)', () => {
  it('is closing soon when its deadline is exactly 14 days away, and not a second earlier', () => {
    expect(isClosingSoon(round, new Date(closesAt - 14 * DAY))).toBe(true);
    expect(isClosingSoon(round, new Date(closesAt - 14 * DAY - 1000))).toBe(false);
  });
  it('is not closing soon once closed, nor before it opens', () => {
    expect(isClosingSoon(round, new Date(closesAt))).toBe(false);
    expect(isClosingSoon({ ...round, opensAtLocal: '2060-11-25T08:00:00' }, new Date(closesAt - 10 * DAY))).toBe(false);
  });
});

describe('a round a partnership may still apply in (the coordinator’s start page)', () => {
  it('is open to everyone while open; once closed, only to a partnership whose extension still runs', () => {
    expect(mayStillApply(round, null, new Date(closesAt - 1000))).toBe(true);
    expect(mayStillApply(round, null, new Date(closesAt))).toBe(false);
    expect(mayStillApply(round, '2060-12-10T23:59:59', new Date(closesAt + DAY))).toBe(true);
    expect(mayStillApply(round, '2060-12-10T23:59:59', new Date(closesAt + 10 * DAY))).toBe(false);
    expect(mayStillApply(round, '2060-12-10T23:59:59', new Date(Date.parse('2060-08-01T00:00:00Z')))).toBe(false);
  });
});

describe('what counts as new since the last visit', () => {
  const now = new Date('2060-11-01T12:00:00Z');
  it('is after the last visit when known, else after the default 14 days back', () => {
    expect(newSince('2060-10-30T08:00:00Z', now).toISOString()).toBe('2060-10-30T08:00:00.000Z');
    expect(newSince(undefined, now).toISOString()).toBe('2060-10-18T12:00:00.000Z');
    expect(newSince('2061-01-01T00:00:00Z', now).toISOString()).toBe('2060-10-18T12:00:00.000Z');
  });
});

describe('which load of the start page begins a new visit', () => {
  const MIN = 60_000;
  const seenAt = new Date('2060-11-01T12:00:00Z');
  const seenBefore = new Date('2060-10-30T08:00:00Z');
  it('a first load looks back the default 14 days and is remembered as the visit', () => {
    const now = new Date('2060-11-01T12:00:00Z');
    expect(startVisit({ seenAt: null, seenBefore: null }, now)).toEqual({ since: new Date('2060-10-18T12:00:00Z'), store: { seenAt: now, seenBefore: null } });
  });
  it('a load 30 minutes or more after the last visit began is a new visit, showing what came since that one', () => {
    const now = new Date(seenAt.getTime() + 30 * MIN);
    expect(startVisit({ seenAt, seenBefore }, now)).toEqual({ since: seenAt, store: { seenAt: now, seenBefore: seenAt } });
  });
  it('a reload shortly after keeps showing what was new, and moves nothing', () => {
    for (const after of [0, 1000, 30 * MIN - 1]) {
      expect(startVisit({ seenAt, seenBefore }, new Date(seenAt.getTime() + after))).toEqual({ since: seenBefore, store: null });
    }
    // A reload of the very first visit: still the default look-back.
    expect(startVisit({ seenAt, seenBefore: null }, new Date(seenAt.getTime() + MIN)).since).toEqual(new Date('2060-10-18T12:01:00Z'));
  });
  it('a visit stored in the future (a clock set back) counts as unknown', () => {
    const now = new Date('2060-11-01T11:00:00Z');
    expect(startVisit({ seenAt, seenBefore }, now)).toEqual({ since: new Date('2060-10-18T11:00:00Z'), store: { seenAt: now, seenBefore: null } });
  });
});
