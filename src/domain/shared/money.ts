// Money in a behovsmelding: whole kroner (integers), rounded to the nearest krone with halves away from zero,
// written the Norwegian way (`kr 1 676 314`, no-break space U+00A0 between thousands, U+2212 as minus).
import { z } from 'zod';
import { decimalOf, roundHalfAwayFromZero, type Decimal } from './exact-decimal.ts';
import { msg } from './message-keys.ts';

/** Largest amount we accept (a thousand billion kroner): far above any grant, far below Number.MAX_SAFE_INTEGER. */
export const MAX_KRONER = 1_000_000_000_000;

/**
 * Rounds to whole kroner: the nearest krone, halves up, and for negative values halves away from zero
 * (24 294,5 → 24 295; −24 294,5 → −24 295), so that rounding a negated amount gives the negated result.
 * The value is taken as it is written (24294.4 is 24 294,4 exactly), never as its binary approximation.
 */
export function roundKroner(value: number | Decimal): number {
  const exact = typeof value === 'number' ? decimalOf(value) : value;
  const rounded = Number(roundHalfAwayFromZero(exact));
  return rounded === 0 ? 0 : rounded; // no −0
}

const GROUP_SEPARATORS = /[\u0020\u2009\u202f]/g; // ICU versions and browsers differ; we always write U+00A0
const MINUS_SIGNS = /[-\u2212]/g;

const integerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0, useGrouping: true });
const decimalFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 6, useGrouping: true });

function normalise(text: string): string {
  return text.replace(GROUP_SEPARATORS, '\u00a0').replace(MINUS_SIGNS, '\u2212');
}

/** `1 676 314` (U+00A0 between groups, `−1 234` for negatives): the number of kroner without the currency. */
export function formatAmount(kroner: number): string {
  return normalise(integerFormat.format(kroner));
}

/** `kr 1 676 314`, `kr −1 234`: the style of the form and its documents. */
export function formatKr(kroner: number): string {
  return `kr\u00a0${formatAmount(kroner)}`;
}

/** `145 767 kr`: the style of the messages (as a sentence reads: "Oppgitt sum 145 767 kr …"). */
export function formatKrSuffix(kroner: number): string {
  return `${formatAmount(kroner)}\u00a0kr`;
}

/** A factor or a percentage as written in Norwegian: `2,5`, `1 000`, `0,92`. */
export function formatNumber(value: number): string {
  return normalise(decimalFormat.format(value));
}

/**
 * Reads an amount as people write it in forms: `1 676 314`, `1 676 314,-`, `kr 279 386`, `279 386 -`, `2440`.
 * Returns null when the text is not a whole number of kroner (e.g. `24 294,40` or `abc`).
 */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .replace(/^\s*kr\.?\s*/i, '')
    .replace(/\s*(,-|-|kr\.?)\s*$/i, '')
    .replace(/[\s\u00a0\u2009\u202f.]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/,0+$/, '');
  if (!/^-?\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) && Math.abs(value) <= MAX_KRONER ? value : null;
}

/** Text written as whole kroner but beyond MAX_KRONER (20 digits): a number above the maximum; null for anything else. */
function tooLargeKroner(text: string): number | null {
  const digits = text.replace(/^\s*kr\.?\s*/i, '').replace(/\s*(,-|-|kr\.?)\s*$/i, '').replace(/[\s\u00a0\u2009\u202f.]/g, '');
  return /^\d+$/.test(digits) && Number(digits) > MAX_KRONER ? MAX_KRONER + 1 : null;
}

/**
 * An amount in whole kroner, 0 or more. Accepts a number or the text of a form field (see parseKroner).
 * Budgets list costs; a negative amount is refused (own co-funding has its own field in section 6).
 * `label`: the field's name, best as a message token (msg('<module>.label.…')) so it is said in the reader's
 * language too (ADR 019).
 */
export function zKroner(label: string) {
  return z.preprocess(
    // A whole number too large to be an amount stays a (large) number, so the complaint is "too large", not "not kroner".
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (parseKroner(v) ?? tooLargeKroner(v) ?? v)) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? msg('shared.required', { label }) : msg('shared.wholeKroner', { label })) })
      .int({ message: msg('shared.wholeKroner', { label }) })
      .min(0, { message: msg('shared.notNegative', { label }) })
      .max(MAX_KRONER, { message: msg('shared.amountTooLarge', { label }) }),
  );
}

/** Optional amount: missing, '' and null all mean "not given" (null). */
export function zOptionalKroner(label: string) {
  return z
    .preprocess((v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v), zKroner(label).optional())
    .transform((v) => (v === undefined ? null : v));
}
