import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from './clock.ts';

describe('clock', () => {
  it('fixedClock stands still at the given instant', () => {
    const clock = fixedClock('2023-12-01T22:59:59Z');
    expect(clock.now().toISOString()).toBe('2023-12-01T22:59:59.000Z');
    expect(fixedClock('2023-12-01T23:59:59.999+01:00').now().toISOString()).toBe('2023-12-01T22:59:59.999Z');
  });
  it('a caller mutating the returned Date does not move the clock', () => {
    const clock = fixedClock('2024-03-31T21:59:59Z');
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2024-03-31T21:59:59.000Z');
  });
  it('refuses instants without an offset (they would be read in the machine zone) and garbage', () => {
    expect(() => fixedClock('2023-12-01T23:59:59')).toThrow(RangeError);
    expect(() => fixedClock('not a date')).toThrow(RangeError);
    expect(() => fixedClock('2023-13-01T00:00:00Z')).toThrow(RangeError);
  });
  it('systemClock follows the machine', () => {
    const before = Date.now();
    const t = systemClock.now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });
});
