// Deadlines of a round (utlysning): a LOCAL date and time in Europe/Oslo, e.g. "2023-12-01 23:59:59", turned into an
// instant without a date library, and the on-time check of a submission (with a partnership's extension, if any).
//
// Daylight saving (Europe/Oslo: CET +01:00 in winter, CEST +02:00 in summer):
// - The skipped hour (last Sunday in March, 02:00–02:59:59 does not exist) is resolved forward by the length of the
//   gap: 2024-03-31 02:30 → 03:30 CEST = 01:30Z. This is what a wall clock shows if you set it "02:30" and it jumps,
//   the same as Temporal's `compatible` and RFC 5545; a deadline never falls before the time the saksbehandler wrote.
// - The repeated hour (last Sunday in October, 02:00–02:59:59 occurs twice) is resolved to the EARLIER occurrence:
//   2024-10-27 02:30 → 02:30 CEST = 00:30Z (Temporal `compatible`). One rule, the first time the clock shows it.
// `resolveOsloLocal` reports these cases, so a form can warn the saksbehandler before saving such a deadline.
//
// A deadline is inclusive to the END of its second: "23:59:59" accepts 23:59:59.999 and refuses 00:00:00.000.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

import { formatOsloDateTime, OSLO_TIME_ZONE, osloDateTimeMessage, osloWallClock, pad, type TLocalDateTime } from '../shared/oslo-time.ts';

export { formatOsloDateTime, OSLO_TIME_ZONE, osloWallClock, type TLocalDateTime };

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2023-12-01T23:59:59` or `2023-12-01 23:59` (seconds default to 0) → fields; null when not a real date and time. */
export function parseLocalDateTime(text: string): TLocalDateTime | null {
  const m = LOCAL_RE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as [
    number, number, number, number, number, number,
  ];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}


/** The canonical text of a local date and time: `2023-12-01T23:59:59`. */
export function formatLocalDateTime(t: TLocalDateTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/** A local Oslo date and time from a form or the database; output is canonical `YYYY-MM-DDTHH:mm:ss`. `label`: the
 * field's name as a message token (msg('behovsmelding.label.…')). */
export function zLocalDateTime(label: string) {
  return z
    .string({ error: msg('shared.required', { label }) })
    .trim()
    .min(1, { message: msg('shared.required', { label }), abort: true })
    .refine((v) => parseLocalDateTime(v) !== null, { message: msg('behovsmelding.invalidDateTime', { label }) })
    .transform((v) => formatLocalDateTime(parseLocalDateTime(v) as TLocalDateTime));
}

const wallAsUtcMs = (t: TLocalDateTime) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** Minutes Oslo is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000; // the wall clock has whole seconds
  return (wallAsUtcMs(osloWallClock(new Date(whole))) - whole) / 60_000;
}

export type TOsloResolution =
  | { kind: 'unique'; instant: Date }
  /** In the spring gap: `before` uses the offset before the change, `after` the offset after (after < before). */
  | { kind: 'skipped'; before: Date; after: Date }
  /** In the repeated autumn hour: both instants showing this wall clock. */
  | { kind: 'repeated'; earlier: Date; later: Date };

/** Every instant at which the Oslo wall clock shows `local` (none: skipped; two: repeated). */
export function resolveOsloLocal(local: TLocalDateTime): TOsloResolution {
  const naive = wallAsUtcMs(local);
  const DAY = 86_400_000;
  // Oslo changes offset at most once within a day either side, so the offsets a day before and after cover all cases.
  const offsets = [...new Set([osloOffsetMinutes(new Date(naive - DAY)), osloOffsetMinutes(new Date(naive + DAY))])];
  const matches = offsets
    .map((o) => naive - o * 60_000)
    .filter((ms) => wallAsUtcMs(osloWallClock(new Date(ms))) === naive)
    .sort((a, b) => a - b);
  const [first, second] = matches;
  if (first !== undefined && second !== undefined) return { kind: 'repeated', earlier: new Date(first), later: new Date(second) };
  if (first !== undefined) return { kind: 'unique', instant: new Date(first) };
  const before = offsets[0] ?? 60;
  const after = offsets[1] ?? before;
  return { kind: 'skipped', before: new Date(naive - before * 60_000), after: new Date(naive - after * 60_000) };
}

/**
 * The instant of an Oslo local date and time (text as in `parseLocalDateTime`, or fields). Skipped hour → moved
 * forward by the gap (uses the offset before the change); repeated hour → the earlier occurrence. See file comment.
 * Throws RangeError on text that is not a valid local date and time (values should come through `zLocalDateTime`).
 */
export function osloLocalToInstant(local: string | TLocalDateTime): Date {
  const t = typeof local === 'string' ? parseLocalDateTime(local) : local;
  if (!t) throw new RangeError(`Not a local date and time: ${String(local)}`);
  const r = resolveOsloLocal(t);
  if (r.kind === 'unique') return r.instant;
  if (r.kind === 'skipped') return r.before;
  return r.earlier;
}

/** The first instant that is too late for a deadline: the end of the deadline's second. */
export function deadlineClosesAt(deadlineLocal: string | TLocalDateTime): Date {
  return new Date(osloLocalToInstant(deadlineLocal).getTime() + 1000);
}

export type TSubmissionTiming =
  | { onTime: true; closesAt: Date; extended: boolean }
  | { onTime: false; closesAt: Date; extended: boolean; message: string };

/**
 * Whether a submission at `submittedAt` meets the deadline. `extensionUntilLocal` is the extension the saksbehandler
 * granted this partnership (who/when/why are recorded elsewhere); it moves the deadline but never shortens it (the
 * later of the two applies). On time means strictly before `closesAt` (the end of the deadline's second).
 */
export function isSubmissionOnTime(input: {
  deadlineLocal: string;
  submittedAt: Date;
  extensionUntilLocal?: string | null;
}): TSubmissionTiming {
  const regular = deadlineClosesAt(input.deadlineLocal);
  const extension = input.extensionUntilLocal ? deadlineClosesAt(input.extensionUntilLocal) : null;
  const extended = extension !== null && extension.getTime() > regular.getTime();
  const closesAt = extended ? extension : regular;
  if (input.submittedAt.getTime() < closesAt.getTime()) return { onTime: true, closesAt, extended };
  // A message token, so the time is said in the reader's language (no "kl." in English).
  const when = osloDateTimeMessage(new Date(closesAt.getTime() - 1000));
  const message = msg(extended ? 'behovsmelding.extendedDeadlinePassed' : 'behovsmelding.deadlinePassed', { when });
  return { onTime: false, closesAt, extended, message };
}
