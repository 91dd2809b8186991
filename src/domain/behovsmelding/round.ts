// A round (utlysning) as the saksbehandler enters it: office × scheme × year, its time window (Europe/Oslo local
// times), one case number per county, guidance and the link to the forum's long-term plan. One schema for the browser
// form and the server. The budget frame is no longer the round's: it is the office's per scheme and year
// (budget_frame, issue 13), set on the forum's frames page; the round only shows it.
import { z } from 'zod';
import { zExpectedVersion, zBaseVersion } from '../shared/version.ts';
import { zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { ZRoundCaseNumbers } from './case-number.ts';
import { ZRoundSchedule } from './round-status.ts';
import { zLocalDateTime } from './round-deadline.ts';

const YEAR = msg('behovsmelding.label.year');

/** The days before the deadline a reminder goes to the partnerships that have not submitted (issue 15): at most three
 * different whole days, from the deadline day itself (0) to two months ahead. */
export const REMINDER_DAYS_MIN = 0;
export const REMINDER_DAYS_MAX = 60;
export const REMINDER_DAYS_COUNT_MAX = 3;
const REMINDER_DAYS_MESSAGE = msg('behovsmelding.reminderDaysInvalid', {
  label: msg('behovsmelding.label.reminderDays'),
  count: REMINDER_DAYS_COUNT_MAX,
  min: REMINDER_DAYS_MIN,
  max: REMINDER_DAYS_MAX,
});
export const ZReminderDays = z
  .array(z.number({ error: REMINDER_DAYS_MESSAGE }).int({ message: REMINDER_DAYS_MESSAGE }).min(REMINDER_DAYS_MIN, { message: REMINDER_DAYS_MESSAGE }).max(REMINDER_DAYS_MAX, { message: REMINDER_DAYS_MESSAGE }), {
    error: REMINDER_DAYS_MESSAGE,
  })
  .max(REMINDER_DAYS_COUNT_MAX, { message: REMINDER_DAYS_MESSAGE })
  .refine((days) => new Set(days).size === days.length, { message: REMINDER_DAYS_MESSAGE })
  // Nearest last, as the reminders go out.
  .transform((days) => [...days].sort((a, b) => b - a));

const zUrl = z
  .string()
  .trim()
  .max(1000, { message: msg('shared.tooLong', { label: msg('behovsmelding.label.link'), max: 1000 }) })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https?:\/\/[^\s]+$/.test(v), { message: msg('behovsmelding.linkScheme') });

export const ZRoundInput = z
  .object({
    officeId: zText(msg('behovsmelding.label.office'), 50),
    schemeId: zText(msg('behovsmelding.label.scheme'), 50),
    year: z
      // Only a missing year is "må fylles ut"; a word ("tjuesju") or text is not a year.
      .number({ error: (issue) => (issue.input === undefined || issue.input === null ? msg('shared.required', { label: YEAR }) : msg('behovsmelding.notYear', { label: YEAR })) })
      .int({ message: msg('behovsmelding.notYear', { label: YEAR }) })
      .min(2020, { message: msg('behovsmelding.yearFrom', { label: YEAR, min: 2020 }) })
      .max(2100, { message: msg('behovsmelding.notYear', { label: YEAR }) }),
    title: zText(msg('behovsmelding.label.title'), 300),
    guidance: zOptionalText(msg('behovsmelding.label.guidance'), 20_000),
    longTermPlanUrl: zUrl,
    coordinatorAllowed: z.boolean({ error: msg('behovsmelding.chooseCoordinatorAllowed') }),
    caseNumbers: ZRoundCaseNumbers,
    /** Left out: unchanged (a new round gets 14 and 3 days). */
    reminderDaysBefore: ZReminderDays.optional(),
  })
  .and(ZRoundSchedule);
export type TRoundInput = z.output<typeof ZRoundInput>;

export const ZRoundUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZRoundInput);

export const ZExtensionInput = z.object({
  partnershipId: z.uuid({ message: msg('behovsmelding.choosePartnership') }),
  untilLocal: zLocalDateTime(msg('behovsmelding.label.newDeadline')),
  reason: zText(msg('behovsmelding.label.reason'), 2000),
});

/** `resubmitUntilLocal`: the end of the resubmission window (Oslo time); absent, the use case gives 14 days
 * (resubmission-window.ts). Whether it lies ahead of now is the use case's to check: it has the clock. */
export const ZReturnInput = z.object({
  message: zText(msg('behovsmelding.label.returnMessage'), 4000),
  resubmitUntilLocal: zLocalDateTime(msg('behovsmelding.label.resubmitUntil')).optional(),
});

export const ZCreateApplication = z.object({
  roundId: z.uuid({ message: msg('behovsmelding.chooseRound') }),
  partnershipId: z.uuid({ message: msg('behovsmelding.choosePartnership') }),
  /** An earlier application of the partnership to start from (issue 12, point 6); null or '': none; left out: the
   * partnership's application the year before, if there is one (year 2 and 3 of a multi-year measure). */
  copyFromId: z
    .preprocess((v) => (v === '' ? null : v), z.uuid({ message: msg('behovsmelding.chooseCopySource') }).nullable())
    .optional(),
});

export const ZSaveField = z.object({
  value: z.unknown(),
  baseVersion: zBaseVersion,
});
