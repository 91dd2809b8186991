// Reads the saved form fields of a snapshot for the documents. The values are drafts as the form saved them (a
// half-typed row, a missing key), and a document must still render, so every reader is lenient: a value of the
// wrong shape reads as empty instead of throwing.
import {
  partFieldKey,
  type TActivityRow,
  type TPartFieldName,
  type TPartHeader,
  type TSubGoal,
  type TTiltakPeriod,
  type TTiltakRow,
} from '../../domain/behovsmelding/application-fields.ts';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import type { TPartResult } from '../../domain/behovsmelding/parts.ts';
import { partHeadersOf, type TFieldValues } from '../../domain/behovsmelding/validate-application.ts';

/** Trimmed text, or null when the field is empty or not text. */
export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The object rows of a table field; anything else reads as no rows. */
export function rowsOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((row): row is T => typeof row === 'object' && row !== null) : [];
}

export const activityRows = (values: TFieldValues) => rowsOf<Partial<TActivityRow>>(values['s1.aktivitetsplan']);

export const subGoals = (values: TFieldValues) => rowsOf<Partial<TSubGoal>>(values['s2.delmal']);

export function tiltakPeriods(values: TFieldValues): { periode: string | null; rader: Partial<TTiltakRow>[] }[] {
  return rowsOf<Partial<TTiltakPeriod>>(values['s2.tiltak']).map((p) => ({ periode: textOf(p.periode), rader: rowsOf<Partial<TTiltakRow>>(p.rader) }));
}

/** The parts in form order, skipping entries without an id (they cannot own any part field). */
export function partHeaders(values: TFieldValues): TPartHeader[] {
  return partHeadersOf(values).filter((p) => typeof p?.id === 'string');
}

export const partValue = (values: TFieldValues, partId: string, name: TPartFieldName): unknown => values[partFieldKey(partId, name)];

/** A part's name as the documents show it: its own name, or "Del 2" when it has none. */
export const partName = (part: TPartHeader, index: number) => textOf(part.name) ?? `Del ${index + 1}`;

/** The totals the snapshot computed for a part: found by the part's path (its id), else by position. */
export function partResultOf(snapshot: TApplicationSnapshot, part: TPartHeader, index: number): TPartResult | null {
  const parts = snapshot.totals?.parts ?? [];
  return parts.find((p) => p.path === `parts.${part.id}`) ?? parts[index] ?? null;
}
