// The start pages' rules of time (issue 12, point 5): which rounds are "closing soon" for the office, which closed
// round a partnership may still apply in, and how far back "new since the last visit" looks when no visit is known.
import { deadlineClosesAt, isSubmissionOnTime } from './round-deadline.ts';
import { roundStatus } from './round-status.ts';

/** A round is closing soon when its deadline is at most this many days away. */
export const CLOSING_SOON_DAYS = 14;
/** With no known last visit (first visit, another browser), "new" means submitted in this many days. */
export const DEFAULT_LOOKBACK_DAYS = 14;

const DAY_MS = 24 * 3600_000;

/** Open now, and its deadline's last second passes within CLOSING_SOON_DAYS. */
export function isClosingSoon(round: { opensAtLocal: string; deadlineLocal: string }, now: Date): boolean {
  return roundStatus(round, now) === 'åpen' && deadlineClosesAt(round.deadlineLocal).getTime() - now.getTime() <= CLOSING_SOON_DAYS * DAY_MS;
}

/** Whether a partnership may still apply in the round now: it is open, or closed with the partnership's extension
 * still running (an extension does not reopen the round for anyone else). */
export function mayStillApply(round: { opensAtLocal: string; deadlineLocal: string }, extensionUntilLocal: string | null, now: Date): boolean {
  const status = roundStatus(round, now);
  if (status === 'åpen') return true;
  if (status === 'planlagt' || extensionUntilLocal === null) return false;
  return isSubmissionOnTime({ deadlineLocal: round.deadlineLocal, submittedAt: now, extensionUntilLocal }).onTime;
}

/** The instant after which a submission counts as new: the last visit if given and not in the future, else the
 * default look-back. */
export function newSince(lastVisit: string | undefined, now: Date): Date {
  const fallback = new Date(now.getTime() - DEFAULT_LOOKBACK_DAYS * DAY_MS);
  if (!lastVisit) return fallback;
  const t = new Date(lastVisit);
  return Number.isNaN(t.getTime()) || t.getTime() > now.getTime() ? fallback : t;
}
