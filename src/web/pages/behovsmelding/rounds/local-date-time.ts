// A round's times are Europe/Oslo wall-clock text (`2023-12-01T23:59:59`, see round-deadline.ts). Forms enter them
// as a date input and a time input; these helpers join and split the two and write a local time the Norwegian way
// without ever turning it into an instant (so the browser's own time zone cannot shift it).
import { parseLocalDateTime, resolveOsloLocal } from '../../../../domain/behovsmelding/round-deadline.ts';
import { pad } from '../../../../domain/shared/oslo-time.ts';
import type { TFunction } from '../../../i18n/i18n-context.tsx';
import { formatLocalDeadline } from '../application/local-time-text.ts';

export type DateTimeParts = { date: string; time: string };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `2023-12-01` + `23:59` → `2023-12-01T23:59:00` (seconds kept when given). A deadline is entered to the minute and
 * lasts to its end (`endOfMinute`: `23:59` → `23:59:59`), so a form shows it one way, as every page does: 23:59.
 * An empty date or time gives '' so the shared schema says "må fylles ut"; anything else malformed is passed on as
 * typed, for the schema to reject.
 */
export function joinLocalDateTime({ date, time }: DateTimeParts, { endOfMinute = false }: { endOfMinute?: boolean } = {}): string {
  const d = date.trim();
  const t = time.trim();
  if (d === '' || t === '') return '';
  const m = TIME_RE.exec(t);
  if (!DATE_RE.test(d) || !m) return `${d}T${t}`;
  return `${d}T${m[1]}:${m[2]}:${m[3] ?? (endOfMinute ? '59' : '00')}`;
}

/** `2023-12-01T23:59:59` → { date: '2023-12-01', time: '23:59:59' }; whole minutes drop the seconds (`08:00`), and
 * with `endOfMinute` (a deadline) so does a minute's last second: `23:59`. */
export function splitLocalDateTime(local: string | null | undefined, { endOfMinute = false }: { endOfMinute?: boolean } = {}): DateTimeParts {
  const t = local ? parseLocalDateTime(local) : null;
  if (!t) return { date: '', time: '' };
  const wholeMinute = t.second === 0 || (endOfMinute && t.second === 59);
  const time = `${pad(t.hour)}:${pad(t.minute)}${wholeMinute ? '' : `:${pad(t.second)}`}`;
  return { date: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`, time };
}

/** `2023-12-01T23:59:59` → `01.12.2023 kl. 23:59`: a round's times are shown one way, to the minute, as deadlines
 * are (formatLocalDeadline); '' when not a local time. */
export function formatLocalDateTimeNo(local: string | null | undefined, t?: TFunction): string {
  return formatLocalDeadline(local, t);
}

/**
 * Whether the Oslo clock skips this time (spring forward: it counts as one hour later) or shows it twice (autumn:
 * the first time counts); null for an ordinary time or an incomplete one. The form warns before saving such a time.
 */
export function osloClockAnomaly(parts: DateTimeParts): 'skipped' | 'repeated' | null {
  const t = parseLocalDateTime(joinLocalDateTime(parts));
  if (!t) return null;
  const kind = resolveOsloLocal(t).kind;
  return kind === 'unique' ? null : kind;
}
