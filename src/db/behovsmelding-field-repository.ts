// Reads and writes of a behovsmelding's versioned fields, through the one co-edited field store (versioned-fields.ts)
// on the behovsmelding's own tables: the current value of each field, one change row per save (the history), and what
// changed since a given save (co-editing). No access decisions here: use cases make them.
import type { DbOrTx } from './client.ts';
import { behovsmeldingField, behovsmeldingFieldChange } from './schema/index.ts';
import { versionedFields } from './versioned-fields.ts';
import type { Actor } from '../domain/access/roles.ts';

export type FieldRow = typeof behovsmeldingField.$inferSelect;

const store = versionedFields({ field: behovsmeldingField, change: behovsmeldingFieldChange, ownerColumn: 'applicationId' });

export function loadFields(db: DbOrTx, applicationId: string): Promise<FieldRow[]> {
  return store.load(db, applicationId);
}

export function loadFieldsOf(db: DbOrTx, applicationIds: string[]): Promise<FieldRow[]> {
  return store.loadOf(db, applicationIds);
}

export function findField(db: DbOrTx, applicationId: string, key: string): Promise<FieldRow | undefined> {
  return store.find(db, applicationId, key);
}

/** When a field of each application was last saved (applications without a saved field are left out). */
export function lastFieldEdits(db: DbOrTx, applicationIds: string[]): Promise<{ id: string; at: Date | null }[]> {
  return store.lastEdits(db, applicationIds);
}

/**
 * Saves a field if it is still at `baseVersion` (0 = never saved): one change row and the field row, atomically.
 * Returns undefined when someone saved it in between, so two concurrent saves from the same base can never both win.
 */
export function saveFieldIfUnchanged(
  tx: DbOrTx,
  input: { applicationId: string; key: string; value: unknown; baseVersion: number; actor: Actor; at: Date; checkedCatalogueVersion: number },
): Promise<(FieldRow & { changeCursor: number }) | undefined> {
  const { applicationId, checkedCatalogueVersion, ...save } = input;
  // Only values that passed their schema are saved (save-field.ts), so the verdict is always "valid".
  return store.saveIfUnchanged(tx, { ...save, ownerId: applicationId, extra: { checkedCatalogueVersion, invalidMessage: null } });
}

export function latestChangeId(db: DbOrTx, applicationId: string): Promise<number> {
  return store.latestChangeId(db, applicationId);
}

export function fieldsChangedSince(db: DbOrTx, applicationId: string, since: number): Promise<FieldRow[]> {
  return store.changedSince(db, applicationId, since);
}

export function fieldHistory(db: DbOrTx, applicationId: string, key?: string, limit = 500) {
  return store.history(db, applicationId, key, limit);
}
