// Saved values are `unknown` (JSON from the server, drafts of any age): these read them as the shapes the editors
// edit, tolerating missing parts, and turn what the inputs give back into field values.
import { AREA_KEYS, type TAreaKey } from '../../../../domain/behovsmelding/application-fields.ts';
import type { DraftGrantUse, DraftTable, DraftUnitCounts, TPartHeader } from './draft-types.ts';
import { blankGrantUse } from './draft-types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What a text input gives back: '' is "not given" (null). */
export const textValue = (text: string): string | null => (text === '' ? null : text);

export const boolOf = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export const areasOf = (v: unknown): TAreaKey[] => (Array.isArray(v) ? AREA_KEYS.filter((k) => v.includes(k)) : []);

/** Rows of a table field, each with every column (a missing cell is the blank row's). */
export function rowsOf<T extends object>(v: unknown, blank: () => T): T[] {
  return Array.isArray(v) ? v.map((row) => ({ ...blank(), ...(isObject(row) ? row : {}) }) as T) : [];
}

export function partsOf(v: unknown): TPartHeader[] {
  return rowsOf<TPartHeader>(v, () => ({ id: '', name: null, otherOfficeId: null, budgetYear: null })).filter((p) => p.id !== '');
}

export function grantUseOf(v: unknown): DraftGrantUse {
  if (!isObject(v)) return blankGrantUse();
  const blank = blankGrantUse();
  return {
    ...blank,
    ...(v as Partial<DraftGrantUse>),
    years: Array.isArray(v.years) ? (v.years as DraftGrantUse['years']) : [],
    coordinatorJustification: { ...blank.coordinatorJustification, ...(isObject(v.coordinatorJustification) ? v.coordinatorJustification : {}) },
  };
}

export function budgetTableOf(v: unknown): DraftTable | null {
  if (!isObject(v)) return null;
  return { title: null, statedTotal: null, ...(v as Partial<DraftTable>), lines: Array.isArray(v.lines) ? (v.lines as DraftTable['lines']) : [] };
}

export function unitCountsOf(v: unknown): DraftUnitCounts {
  return isObject(v) ? (v as DraftUnitCounts) : {};
}

/** A copy of `list` with item `index` replaced. */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
/** Moves item `index` one place up (-1) or down (+1); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}
