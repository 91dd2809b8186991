// Numbers typed into the form the way people write them (`1 676 314`, `kr 2 440,-`, `2,5`, `90 %`) and back.
// Inputs keep the typed text; the field gets a number (or null when empty) only when the text reads as one.
import { formatAmount, formatNumber, parseKroner } from '../../../../domain/shared/money.ts';

export type NumberKind = 'kroner' | 'decimal' | 'integer' | 'year';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

/** `2,5` → 2.5, `1 000,75` → 1000.75, `1.000` → 1000, `90 %` → 90; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  let t = text.trim().replace(/\s*%$/, '').replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/^\u2212/, '-');
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  else if ((t.match(/\./g) ?? []).length > 1 || /^-?\d{1,3}\.\d{3}$/.test(t)) t = t.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

export function parseNumberText(text: string, kind: NumberKind): ParsedNumber {
  if (text.trim() === '') return { ok: true, value: null };
  const value = kind === 'kroner' ? parseKroner(text) : parseDecimal(text);
  if (value === null) return { ok: false };
  if ((kind === 'integer' || kind === 'year') && !Number.isInteger(value)) return { ok: false };
  return { ok: true, value };
}

/** The text an input shows for a saved number. Years without grouping (2024, not 2 024). */
export function formatNumberText(value: number | null | undefined, kind: NumberKind): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (kind === 'year') return String(value);
  if (kind === 'kroner' || kind === 'integer') return Number.isInteger(value) ? formatAmount(value) : formatNumber(value);
  return formatNumber(value);
}

/** `35 + 15` → [35, 15] (the terms of a factor written as a sum); null when empty or not numbers. */
export function parseTerms(text: string): number[] | null {
  if (text.trim() === '') return null;
  const terms = text.split('+').map((part) => parseDecimal(part));
  return terms.every((t): t is number => t !== null) ? terms : null;
}

export function formatTerms(terms: readonly number[] | null | undefined): string {
  return terms && terms.length > 0 ? terms.map(formatNumber).join(' + ') : '';
}
