// The saved fields of an application as the values the domain validates and the API shows.
import type { FieldRow } from '../../db/behovsmelding-repository.ts';

export function valuesOf(rows: readonly FieldRow[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function fieldStateOf(row: FieldRow) {
  return { value: row.value, version: row.version, updatedByName: row.updatedByName, updatedAt: row.updatedAt.toISOString() };
}
