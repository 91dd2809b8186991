// Form state of a round (utlysning) and its conversion to the request body of POST/PUT /api/behovsmelding/rounds
// (ZRoundInput's shape): date + time inputs become local Oslo times, and the case-number rows keep a client-only key
// so React keeps each row's inputs apart while rows come and go. The budget frame is not the round's to edit: it is
// the office's per scheme and year, set on the forum's frames page (issue 13).
import { z } from 'zod';
import { zLocalDateTime } from '../../../../domain/behovsmelding/round-deadline.ts';
import { msg } from '../../../../domain/shared/message-keys.ts';
import type { Round } from '../../../types/behovsmelding.ts';
import { joinLocalDateTime, splitLocalDateTime, type DateTimeParts } from './local-date-time.ts';

export type CaseNumberRow = { key: string; countyNumber: string; caseNumber: string };

export type RoundFormValues = {
  officeId: string;
  schemeId: string;
  year: string;
  title: string;
  opensAt: DateTimeParts;
  deadline: DateTimeParts;
  guidance: string;
  longTermPlanUrl: string;
  coordinatorAllowed: boolean;
  caseNumbers: CaseNumberRow[];
  /** The reminder days as typed: whole numbers apart by commas or spaces, e.g. "14, 3"; empty sends none. */
  reminderDays: string;
};

/** A new round's reminders, as the server gives a round that is created without them (issue 15). */
const DEFAULT_REMINDER_DAYS = [14, 3];

let nextKey = 0;
export const newCaseRowKey = () => `case-${++nextKey}`;
export const emptyCaseRow = (): CaseNumberRow => ({ key: newCaseRowKey(), countyNumber: '', caseNumber: '' });

/** A new round starts in the coming year with a deadline at the end of a day; an existing one as it is stored. */
export function roundFormValues(round?: Round, defaults: { officeId?: string; year?: number } = {}): RoundFormValues {
  if (!round)
    return {
      officeId: defaults.officeId ?? '',
      schemeId: '',
      year: defaults.year ? String(defaults.year) : '',
      title: '',
      opensAt: { date: '', time: '08:00' },
      deadline: { date: '', time: '23:59' },
      guidance: '',
      longTermPlanUrl: '',
      coordinatorAllowed: false,
      caseNumbers: [emptyCaseRow()],
      reminderDays: DEFAULT_REMINDER_DAYS.join(', '),
    };
  return {
    officeId: round.officeId,
    schemeId: round.schemeId,
    year: String(round.year),
    title: round.title,
    opensAt: splitLocalDateTime(round.opensAtLocal),
    deadline: splitLocalDateTime(round.deadlineLocal, { endOfMinute: true }),
    guidance: round.guidance ?? '',
    longTermPlanUrl: round.longTermPlanUrl ?? '',
    coordinatorAllowed: round.coordinatorAllowed,
    caseNumbers: Object.entries(round.caseNumbers).map(([countyNumber, caseNumber]) => ({ key: newCaseRowKey(), countyNumber, caseNumber })),
    reminderDays: (round.reminderDaysBefore ?? []).join(', '),
  };
}

/** The typed days as a list; a word that is not a whole number stays text, so the shared schema words the complaint
 * (ZReminderDays) rather than the form dropping it unseen. */
export function reminderDaysOf(text: string): (number | string)[] {
  return text
    .split(/[\s,;]+/)
    .filter((w) => w !== '')
    .map((w) => (/^\d{1,3}$/.test(w) ? Number(w) : w));
}

/** Text the user typed that is not a whole number stays text, so the shared schema words the complaint. */
function yearOf(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d{1,4}$/.test(t) ? Number(t) : t;
}

export function roundBody(v: RoundFormValues) {
  return {
    officeId: v.officeId,
    schemeId: v.schemeId,
    year: yearOf(v.year),
    title: v.title,
    opensAtLocal: joinLocalDateTime(v.opensAt),
    deadlineLocal: joinLocalDateTime(v.deadline, { endOfMinute: true }),
    guidance: v.guidance,
    longTermPlanUrl: v.longTermPlanUrl,
    coordinatorAllowed: v.coordinatorAllowed,
    caseNumbers: v.caseNumbers.map(({ countyNumber, caseNumber }) => ({ countyNumber, caseNumber })),
    reminderDaysBefore: reminderDaysOf(v.reminderDays),
  };
}
export type RoundBody = ReturnType<typeof roundBody>;

/** The body as the endpoint takes it, once the form's schema (ZRoundInput, the endpoint's own) has accepted it — the
 * form checks before it submits. The year and the reminder days stay text in `RoundBody` only so that the schema can
 * word its complaint about what was typed; accepted, they are numbers. */
export const checkedRoundBody = <B extends RoundBody>(body: B) => body as B & { year: number; reminderDaysBefore: number[] };

/** The form's order of fields, so the error summary lists problems as the user meets them going down the form. */
const FIELD_ORDER = ['officeId', 'schemeId', 'year', 'title', 'opensAtLocal', 'deadlineLocal', 'reminderDaysBefore', 'guidance', 'longTermPlanUrl', 'coordinatorAllowed', 'caseNumbers'];
const orderOf = (path: readonly PropertyKey[]) => {
  const i = FIELD_ORDER.indexOf(String(path[0]));
  return i === -1 ? FIELD_ORDER.length : i;
};

const ZTimes = z.object({ opensAtLocal: zLocalDateTime(msg('behovsmelding.label.opensAt')), deadlineLocal: zLocalDateTime(msg('behovsmelding.label.deadline')) });
const VALID_TIMES = { opensAtLocal: '2000-01-01T00:00:00', deadlineLocal: '2000-01-01T00:00:01' };

/**
 * The shared round schema with the two times checked first. ZRoundSchedule compares the times in a refine that
 * throws (RangeError) on a time that is filled in but invalid, instead of reporting it; so a bad time is reported
 * here and the rest of the form is checked with valid stand-in times, and the user still sees every problem at once,
 * in the order of the form.
 */
export function withCheckedTimes<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return z.unknown().transform((value, ctx): T => {
    const times = ZTimes.safeParse(value);
    const body = times.success || typeof value !== 'object' || value === null ? value : { ...value, ...VALID_TIMES };
    const rest = schema.safeParse(body);
    const issues = [...(times.success ? [] : times.error.issues), ...(rest.success ? [] : rest.error.issues)].sort((a, b) => orderOf(a.path) - orderOf(b.path));
    // A bad reminder day is the one field's problem (`reminderDaysBefore.1` would name no input on the page).
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path[0] === 'reminderDaysBefore' ? ['reminderDaysBefore'] : issue.path, message: issue.message });
    return rest.success && times.success ? rest.data : (z.NEVER as T);
  }) as unknown as z.ZodType<T>;
}
