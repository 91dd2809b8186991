// Deadlines are Europe/Oslo wall-clock text (`2023-12-01T23:59:59`): shown as written, never through a Date, so the
// browser's time zone cannot shift them. The same format as formatDateTime (dd.mm.yyyy hh:mm).
import { parseLocalDateTime } from '../../../domain/behovsmelding/round-deadline.ts';
import { pad } from '../../../domain/shared/oslo-time.ts';

export function formatLocal(local: string | null | undefined): string {
  const t = local ? parseLocalDateTime(local) : null;
  return t ? `${pad(t.day)}.${pad(t.month)}.${pad(t.year, 4)} ${pad(t.hour)}:${pad(t.minute)}` : '';
}
