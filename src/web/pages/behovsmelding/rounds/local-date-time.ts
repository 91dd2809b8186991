// A round's times are Europe/Oslo wall-clock text (`2023-12-01T23:59:59`, see round-deadline.ts). Forms enter them
// as a date input and a time input; these helpers join and split the two and write a local time the Norwegian way
// without ever turning it into an instant (so the browser's own time zone cannot shift it).
import { parseLocalDateTime, resolveOsloLocal } from '../../../../domain/behovsmelding/round-deadline.ts';
import { pad } from '../../../../domain/shared/oslo-time.ts';

export type DateTimeParts = { date: string; time: string };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `2023-12-01` + `23:59` → `2023-12-01T23:59:00` (seconds kept when given). An empty date or time gives '' so the
 * shared schema says "må fylles ut"; anything else malformed is passed on as typed, for the schema to reject.
 */
export function joinLocalDateTime({ date, time }: DateTimeParts): string {
  const d = date.trim();
  const t = time.trim();
  if (d === '' || t === '') return '';
  const m = TIME_RE.exec(t);
  if (!DATE_RE.test(d) || !m) return `${d}T${t}`;
  return `${d}T${m[1]}:${m[2]}:${m[3] ?? '00'}`;
}

/** `2023-12-01T23:59:59` → { date: '2023-12-01', time: '23:59:59' }; whole minutes drop the seconds (`08:00`). */
export function splitLocalDateTime(local: string | null | undefined): DateTimeParts {
  const t = local ? parseLocalDateTime(local) : null;
  if (!t) return { date: '', time: '' };
  const time = `${pad(t.hour)}:${pad(t.minute)}${t.second === 0 ? '' : `:${pad(t.second)}`}`;
  return { date: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`, time };
}

/** `2023-12-01T23:59:59` → `01.12.2023 kl. 23:59:59` (`kl. 08:00` for whole minutes); '' when not a local time. */
export function formatLocalDateTimeNo(local: string | null | undefined): string {
  const t = local ? parseLocalDateTime(local) : null;
  if (!t) return '';
  const seconds = t.second === 0 ? '' : `:${pad(t.second)}`;
  return `${pad(t.day)}.${pad(t.month)}.${pad(t.year, 4)} kl. ${pad(t.hour)}:${pad(t.minute)}${seconds}`;
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
