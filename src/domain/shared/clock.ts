// The one time source (ADR 011): every use case gets a Clock and passes its `now()` on to repositories and domain
// rules, which never read the machine's time themselves. `systemClock` in production,
// `fixedClock('2023-12-01T22:59:59Z')` in tests, so deadlines, expiries and timestamps never depend on when a test runs.
// `systemClock` below is the one place in domain, use cases and repositories that reads the machine's time.

export type Clock = { now(): Date };

/** The real time of the machine. */
export const systemClock: Clock = { now: () => new Date() };

// An instant must say its offset (Z or ±hh:mm): `2023-12-01T23:59:59` alone would be read in the machine's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A clock standing still at `iso` (an ISO 8601 instant with `Z` or an offset). Every call to `now()` returns a new
 * Date, so a caller that mutates the result does not move the clock. Throws RangeError on a malformed instant.
 */
export function fixedClock(iso: string): Clock {
  const ms = ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`fixedClock: not an ISO instant with offset: ${iso}`);
  return { now: () => new Date(ms) };
}
