// The start pages' rules of time (issue 12, point 5): which rounds are "closing soon" for the office, which closed
// round a partnership may still apply in, how far back "new since the last visit" looks when no visit is known, and
// which load of the start page begins a new visit.
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
export function newSince(lastVisit: Date | string | null | undefined, now: Date): Date {
  const fallback = new Date(now.getTime() - DEFAULT_LOOKBACK_DAYS * DAY_MS);
  if (!lastVisit) return fallback;
  const t = new Date(lastVisit);
  return Number.isNaN(t.getTime()) || t.getTime() > now.getTime() ? fallback : t;
}

/** Loads of the start page within this many minutes of a visit's first load belong to that visit. */
export const SAME_VISIT_MINUTES = 30;

/** A case officer's start-page visits as stored on the user: the latest visit's first load, and the one before. */
export type StartVisits = { seenAt: Date | null; seenBefore: Date | null };

/**
 * What one load of the case officer's start page counts as new, and the visits to store after it (null: unchanged).
 *
 * A load starts a new visit unless the latest visit began less than SAME_VISIT_MINUTES ago. A new visit shows what
 * came since the previous visit began and becomes the latest (the previous moves to `seenBefore`). A load within
 * the same visit — a reload, a return from an application — keeps showing what was new when the visit began
 * (since `seenBefore`) and stores nothing, so a reload never wipes the list, and the visit's start does not creep
 * forward for as long as someone keeps reloading. Stored times in the future (a clock set back) are unknown visits.
 */
export function startVisit(stored: StartVisits, now: Date): { since: Date; store: StartVisits | null } {
  const seenAt = stored.seenAt && stored.seenAt.getTime() <= now.getTime() ? stored.seenAt : null;
  if (seenAt && now.getTime() - seenAt.getTime() < SAME_VISIT_MINUTES * 60_000) {
    return { since: newSince(stored.seenBefore, now), store: null };
  }
  return { since: newSince(seenAt, now), store: { seenAt: now, seenBefore: seenAt } };
}
