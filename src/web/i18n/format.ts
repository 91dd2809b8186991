// Norwegian formats everywhere, whatever the UI language: kr 1 676 314, 01.12.2023, Europe/Oslo time.
const OSLO = 'Europe/Oslo';
const NBSP = '\u00a0';

const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const dateParts = new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeParts = new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Thousands separated by no-break spaces, whatever separator the runtime's ICU data uses. */
export function formatInteger(value: number): string {
  return integer.format(value).replace(/[\s\u202f]/g, NBSP);
}

/** kr 1 676 314 (no-break spaces, so the amount never wraps). */
export function formatMoney(amount: number): string {
  return `kr${NBSP}${formatInteger(Math.round(amount))}`;
}

function toDate(value: string | Date): Date | null {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** dd.mm.yyyy in Oslo time; '' for a missing or invalid value. */
export function formatDate(value: string | Date | null | undefined): string {
  const d = value ? toDate(value) : null;
  if (!d) return '';
  const p = dateParts.formatToParts(d);
  return `${part(p, 'day')}.${part(p, 'month')}.${part(p, 'year')}`;
}

/** dd.mm.yyyy hh:mm in Oslo time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = value ? toDate(value) : null;
  if (!d) return '';
  const p = timeParts.formatToParts(d);
  return `${formatDate(d)} ${part(p, 'hour')}:${part(p, 'minute')}`;
}

/** hh:mm in Oslo time, for "Lagret 12:04". */
export function formatTime(value: string | Date): string {
  const d = toDate(value);
  if (!d) return '';
  const p = timeParts.formatToParts(d);
  return `${part(p, 'hour')}:${part(p, 'minute')}`;
}
