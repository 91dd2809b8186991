// Round deadlines are Europe/Oslo wall-clock text (`2023-12-01T23:59:59`): shown as written, the Norwegian way,
// never through a Date (so the browser's time zone cannot shift them). One way everywhere: to the minute
// (`23:59`, never `23:59:59` beside it), the word between date and time in the UI language ("kl." is Norwegian).
import { parseLocalDateTime } from '../../../../domain/behovsmelding/round-deadline.ts';
import { pad } from '../../../../domain/shared/oslo-time.ts';
import type { TFunction } from '../../../i18n/i18n-context.tsx';

/** `2023-12-01T23:59:59` → `01.12.2023 kl. 23:59` (`01.12.2023 at 23:59` with an English `t`); '' when it is not a
 * local time. Without `t` (a unit test, a Norwegian-only place) it says "kl.". */
export function formatLocalDeadline(local: string | null | undefined, t?: TFunction): string {
  const v = local ? parseLocalDateTime(local) : null;
  if (!v) return '';
  const date = `${pad(v.day)}.${pad(v.month)}.${pad(v.year, 4)}`;
  const time = `${pad(v.hour)}:${pad(v.minute)}`;
  return t ? t('shared.dateAtTime', { date, time }) : `${date} kl. ${time}`;
}
