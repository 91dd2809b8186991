// The saved fields of an application as the values the domain validates and the API shows. Reading never fails on
// stored data: a row keeps the verdict of its save, rows of an older field catalogue are checked again here, and a
// value that does not validate is left out and reported at its field. Fields of parts the application no longer has
// are left out too (they stay in the history).
import type { FieldRow } from '../../db/behovsmelding-field-repository.ts';
import { checkFieldValue, FIELD_CATALOGUE_VERSION, keyBelongsTo, partIdsOf } from '../../domain/behovsmelding/field-value-check.ts';
import { validateApplication, type TInvalidStoredField, type TRoundRules } from '../../domain/behovsmelding/validate-application.ts';

export type StoredFields = {
  /** The rows that count: valid values of the catalogue's fields and of the application's parts. */
  rows: FieldRow[];
  /** What the form is given: `rows`, and invalid rows with a null value but their version, so they can be written
   * over without a conflict. */
  shown: FieldRow[];
  values: Record<string, unknown>;
  invalid: TInvalidStoredField[];
};

type StoredVerdictRow = Pick<FieldRow, 'key' | 'value' | 'checkedCatalogueVersion' | 'invalidMessage'>;

function verdict(row: StoredVerdictRow): { ok: true; value: unknown } | { ok: false; message: string } {
  if (row.checkedCatalogueVersion === FIELD_CATALOGUE_VERSION)
    return row.invalidMessage === null ? { ok: true, value: row.value } : { ok: false, message: row.invalidMessage };
  return checkFieldValue(row.key, row.value);
}

/** The ids of the parts a stored `parts` field holds (none when it is missing or no longer valid). */
export function storedPartIds(partsRow: StoredVerdictRow | null | undefined): Set<string> {
  const partsVerdict = partsRow ? verdict(partsRow) : null;
  return partIdsOf(partsVerdict?.ok ? partsVerdict.value : null);
}

export function storedFields(all: readonly FieldRow[]): StoredFields {
  const partsRow = all.find((r) => r.key === 'parts');
  const partsVerdict = partsRow ? verdict(partsRow) : null;
  const partIds = partIdsOf(partsVerdict?.ok ? partsVerdict.value : null);
  const result: StoredFields = { rows: [], shown: [], values: {}, invalid: [] };
  for (const row of all) {
    if (!keyBelongsTo(row.key, partIds)) continue;
    const v = row === partsRow && partsVerdict ? partsVerdict : verdict(row);
    if (v.ok) {
      result.rows.push({ ...row, value: v.value });
      result.shown.push({ ...row, value: v.value });
      result.values[row.key] = v.value;
    } else {
      result.shown.push({ ...row, value: null });
      result.invalid.push({ key: row.key, message: v.message });
    }
  }
  return result;
}

/** The whole application's validation from its stored rows. */
export function validateStored(stored: StoredFields, rules: TRoundRules) {
  return validateApplication(stored.values, rules, stored.invalid);
}

/** One row as the form is given it, on its own (polling for changes): an invalid value as null. */
export function shownFieldState(row: FieldRow) {
  const v = verdict(row);
  return fieldStateOf(v.ok ? { ...row, value: v.value } : { ...row, value: null });
}

export function fieldStateOf(row: FieldRow) {
  return { value: row.value, version: row.version, updatedByName: row.updatedByName, updatedAt: row.updatedAt.toISOString() };
}
