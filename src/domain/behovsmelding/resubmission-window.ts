// The resubmission window of a returned application (issue 12): "Returner for retting" often comes after the
// round's deadline, so the return itself gives the partnership until a date the case officer sets to send the
// corrected application. A resubmission inside that window is on time and not late ("sen"), whatever the round's
// deadline says; outside it the round's own rules (deadline, extension) apply as before. Shared by browser (the
// default shown on the return page) and server.
import { formatOsloDateTime, osloDateTimeMessage, osloWallClock } from '../shared/oslo-time.ts';
import { msg } from '../shared/message-keys.ts';
import { deadlineClosesAt, formatLocalDateTime, isSubmissionOnTime } from './round-deadline.ts';

/** Days a return gives when the case officer does not choose: two weeks, as the office's letters say. */
export const DEFAULT_RESUBMISSION_DAYS = 14;

/** The end of the Oslo day `days` days after `now` (`2026-12-21T23:59:59`): "within 14 days" means through that
 * whole day, whatever hour the return was made. Counted on the Oslo calendar, so daylight saving never shifts it. */
export function defaultResubmitUntilLocal(now: Date, days = DEFAULT_RESUBMISSION_DAYS): string {
  const today = osloWallClock(now);
  // Date.UTC does the month and year carry; only the calendar date is used, so no offset enters.
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return formatLocalDateTime({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 23, minute: 59, second: 59 });
}

/** Whether the window (if any) is still open at `at`: strictly before the end of its last second. */
export function isInResubmissionWindow(resubmitUntilLocal: string | null | undefined, at: Date): boolean {
  return !!resubmitUntilLocal && at.getTime() < deadlineClosesAt(resubmitUntilLocal).getTime();
}

export type TSubmitTiming =
  /** `late`: only an extension made it on time (the round's list shows it "sen"); never within a resubmission window. */
  | { onTime: true; late: boolean; inResubmissionWindow: boolean }
  /** `when`: the last deadline that applied, as messages show it (`01.12.2026 kl. 23:59`). */
  | { onTime: false; message: string; when: string };

/**
 * The on-time decision of a submit (and of a withdrawal: one may take back only what one could send again). A
 * returned application inside its window is on time and not late; otherwise the
 * round's deadline with the partnership's extension decides (round-deadline.ts), and a submission after the round's
 * own deadline that the extension let through is late. A window that has passed says so in its own words, so the
 * coordinator knows which date it was.
 */
export function submitTiming(input: {
  deadlineLocal: string;
  extensionUntilLocal: string | null;
  resubmitUntilLocal: string | null;
  submittedAt: Date;
}): TSubmitTiming {
  // Only a return sets the window; it stays the application's own deadline after a resubmission, so a coordinator
  // who withdraws the corrected submission inside it may send it again.
  const window = input.resubmitUntilLocal;
  if (isInResubmissionWindow(window, input.submittedAt)) return { onTime: true, late: false, inResubmissionWindow: true };
  const timing = isSubmissionOnTime({ deadlineLocal: input.deadlineLocal, submittedAt: input.submittedAt, extensionUntilLocal: input.extensionUntilLocal });
  if (timing.onTime) {
    const late = timing.extended && !isSubmissionOnTime({ deadlineLocal: input.deadlineLocal, submittedAt: input.submittedAt }).onTime;
    return { onTime: true, late, inResubmissionWindow: false };
  }
  const windowCloses = window ? deadlineClosesAt(window) : null;
  if (windowCloses && windowCloses.getTime() > timing.closesAt.getTime()) {
    const last = new Date(windowCloses.getTime() - 1000);
    // In the message, the date as the reader's language says it (`… at 23:59` in English); `when` stays Norwegian.
    return { onTime: false, message: msg('behovsmelding.resubmissionWindowPassed', { when: osloDateTimeMessage(last) }), when: formatOsloDateTime(last) };
  }
  return { onTime: false, message: timing.message, when: formatOsloDateTime(new Date(timing.closesAt.getTime() - 1000)) };
}

/** The latest instant a window may end, counted from `now`: a return is for a correction, not a new round. */
export const MAX_RESUBMISSION_DAYS = 92;
