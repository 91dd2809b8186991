// Norwegian formats everywhere, whatever the UI language: kr 1 676 314, 01.12.2023, Europe/Oslo time.
import { formatAmount, formatKr } from '../../domain/shared/money.ts';
import { formatOsloDate, formatOsloTime } from '../../domain/shared/oslo-time.ts';

/** Thousands separated by no-break spaces, whatever separator the runtime's ICU data uses. */
export const formatInteger = formatAmount;

/** kr 1 676 314 (no-break spaces, so the amount never wraps). */
export const formatMoney = formatKr;

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** dd.mm.yyyy in Oslo time; '' for a missing or invalid value. */
export function formatDate(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? formatOsloDate(d) : '';
}

/** dd.mm.yyyy hh:mm in Oslo time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? `${formatOsloDate(d)} ${formatOsloTime(d)}` : '';
}

/** hh:mm in Oslo time, for "Lagret 12:04". */
export function formatTime(value: string | Date): string {
  const d = toDate(value);
  return d ? formatOsloTime(d) : '';
}
