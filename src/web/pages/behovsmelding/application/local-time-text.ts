// Round deadlines are Europe/Oslo wall-clock text (`2023-12-01T23:59:59`): shown as written, the Norwegian way,
// never through a Date (so the browser's time zone cannot shift them).
import { parseLocalDateTime } from '../../../../domain/behovsmelding/round-deadline.ts';
import { pad } from '../../../../domain/shared/oslo-time.ts';

/** `2023-12-01T23:59:59` → `01.12.2023 kl. 23:59`; '' when it is not a local time. */
export function formatLocalDeadline(local: string | null | undefined): string {
  const t = local ? parseLocalDateTime(local) : null;
  return t ? `${pad(t.day)}.${pad(t.month)}.${pad(t.year, 4)} kl. ${pad(t.hour)}:${pad(t.minute)}` : '';
}
