// The demo's dates that must still lie ahead when someone tries it: the open round, the Nordland extension and the
// Nord-Troms resubmission window are counted from the day the demo is seeded (the seed's clock), on the Oslo
// calendar, so a demo seeded in any year has an open round. So is the round that has just closed and awaits the
// forum (issue 13): closed days before the seed day, its forum meeting still ahead. The 2024 rounds keep their real
// dates (seed.ts).
import { formatLocalDateTime, osloWallClock } from '../../domain/behovsmelding/round-deadline.ts';

/** Days from the seed day to the open round's deadline, the Nordland extension and the resubmission window. */
export const OPEN_ROUND_DEADLINE_DAYS = 45;
export const EXTENSION_DAYS = 20;
export const RESUBMISSION_DAYS = 14;
/** The open round opened some weeks before the demo was seeded, as a round under way does. */
const OPENED_DAYS_AGO = 42;
/** Days before the seed day the closed round's deadline fell, and its call opened: closed long enough for its
 * applications to be in, recently enough that the forum has yet to meet on it. */
export const CLOSED_ROUND_DEADLINE_DAYS_AGO = 6;
const CLOSED_ROUND_OPENED_DAYS_AGO = 70;

export type TDemoDates = {
  /** The Oslo calendar year of the seed day: the year of new case numbers (`2031/9145`). */
  caseYear: number;
  openRound: { year: number; opensAtLocal: string; deadlineLocal: string };
  /** Closed before the seed day: its applications are in and await the forum. */
  closedRound: { year: number; opensAtLocal: string; deadlineLocal: string };
  extensionUntilLocal: string;
  resubmitUntilLocal: string;
};

/** The Oslo calendar date `days` days after `now`'s, at `time` (Date.UTC carries months and years; no offset enters). */
function osloDayPlus(now: Date, days: number, time: string): string {
  const today = osloWallClock(now);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return formatLocalDateTime({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute, second });
}

/**
 * A round is named for the school year it funds, which starts the August after its call: a deadline in the autumn
 * (after 1 July) of year Y is for round Y + 1, one in the spring is for round Y. Never 2024 or earlier, whose
 * rounds the demo holds with their real dates (rounds are unique per office, scheme and year).
 */
export function roundYearOf(deadlineLocal: string): number {
  const year = Number(deadlineLocal.slice(0, 4));
  const afterFirstJuly = deadlineLocal.slice(5, 10) > '07-01';
  return Math.max(afterFirstJuly ? year + 1 : year, 2025);
}

export function demoDates(now: Date): TDemoDates {
  const deadlineLocal = osloDayPlus(now, OPEN_ROUND_DEADLINE_DAYS, '23:59:59');
  const closedDeadlineLocal = osloDayPlus(now, -CLOSED_ROUND_DEADLINE_DAYS_AGO, '23:59:59');
  return {
    caseYear: osloWallClock(now).year,
    openRound: { year: roundYearOf(deadlineLocal), opensAtLocal: osloDayPlus(now, -OPENED_DAYS_AGO, '08:00:00'), deadlineLocal },
    closedRound: {
      year: roundYearOf(closedDeadlineLocal),
      opensAtLocal: osloDayPlus(now, -CLOSED_ROUND_OPENED_DAYS_AGO, '08:00:00'),
      deadlineLocal: closedDeadlineLocal,
    },
    extensionUntilLocal: osloDayPlus(now, EXTENSION_DAYS, '23:59:59'),
    resubmitUntilLocal: osloDayPlus(now, RESUBMISSION_DAYS, '23:59:59'),
  };
}
