// Reads and writes of a behovsmelding's versioned fields: the current value of each field, one change row per save
// (the history), and what changed since a given save (co-editing). No access decisions here: use cases make them.
import { and, asc, desc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmeldingField, behovsmeldingFieldChange } from './schema/index.ts';
import type { Actor } from '../domain/access/roles.ts';

export type FieldRow = typeof behovsmeldingField.$inferSelect;

export async function loadFields(db: DbOrTx, applicationId: string): Promise<FieldRow[]> {
  return db.select().from(behovsmeldingField).where(eq(behovsmeldingField.applicationId, applicationId));
}

export async function loadFieldsOf(db: DbOrTx, applicationIds: string[]): Promise<FieldRow[]> {
  if (applicationIds.length === 0) return [];
  return db.select().from(behovsmeldingField).where(inArray(behovsmeldingField.applicationId, applicationIds));
}

export async function findField(db: DbOrTx, applicationId: string, key: string): Promise<FieldRow | undefined> {
  const [row] = await db
    .select()
    .from(behovsmeldingField)
    .where(and(eq(behovsmeldingField.applicationId, applicationId), eq(behovsmeldingField.key, key)));
  return row;
}

/** When a field of each application was last saved (applications without a saved field are left out). */
export async function lastFieldEdits(db: DbOrTx, applicationIds: string[]): Promise<{ id: string; at: Date | null }[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select({ id: behovsmeldingField.applicationId, at: max(behovsmeldingField.updatedAt) })
    .from(behovsmeldingField)
    .where(inArray(behovsmeldingField.applicationId, applicationIds))
    .groupBy(behovsmeldingField.applicationId);
}

/**
 * Saves a field if it is still at `baseVersion` (0 = never saved): one change row and the field row, atomically.
 * Returns undefined when someone saved it in between (the conditional insert/update matched no row), so two
 * concurrent saves from the same base can never both win, on PGlite or on a Postgres server.
 */
export async function saveFieldIfUnchanged(
  tx: DbOrTx,
  input: { applicationId: string; key: string; value: unknown; baseVersion: number; actor: Actor; at: Date; checkedCatalogueVersion: number },
): Promise<FieldRow | undefined> {
  const version = input.baseVersion + 1;
  const [change] = await tx
    .insert(behovsmeldingFieldChange)
    .values({
      applicationId: input.applicationId,
      key: input.key,
      value: input.value,
      version,
      byUserId: input.actor.userId,
      byName: input.actor.name,
      at: input.at,
    })
    .returning({ id: behovsmeldingFieldChange.id });
  const values = {
    value: input.value,
    version,
    changeId: change!.id,
    updatedByUserId: input.actor.userId,
    updatedByName: input.actor.name,
    updatedAt: input.at,
    // Only values that passed their schema are saved (save-field.ts), so the verdict is always "valid".
    checkedCatalogueVersion: input.checkedCatalogueVersion,
    invalidMessage: null,
  };
  const saved =
    input.baseVersion === 0
      ? await tx
          .insert(behovsmeldingField)
          .values({ applicationId: input.applicationId, key: input.key, ...values })
          .onConflictDoNothing()
          .returning()
      : await tx
          .update(behovsmeldingField)
          .set(values)
          .where(
            and(
              eq(behovsmeldingField.applicationId, input.applicationId),
              eq(behovsmeldingField.key, input.key),
              eq(behovsmeldingField.version, input.baseVersion),
            ),
          )
          .returning();
  return saved[0];
}

export async function latestChangeId(db: DbOrTx, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${behovsmeldingFieldChange.id}), 0)`.mapWith(Number) })
    .from(behovsmeldingFieldChange)
    .where(eq(behovsmeldingFieldChange.applicationId, applicationId));
  return row?.id ?? 0;
}

export async function fieldsChangedSince(db: DbOrTx, applicationId: string, since: number): Promise<FieldRow[]> {
  return db
    .select()
    .from(behovsmeldingField)
    .where(and(eq(behovsmeldingField.applicationId, applicationId), gt(behovsmeldingField.changeId, since)))
    .orderBy(asc(behovsmeldingField.changeId));
}

export async function fieldHistory(db: DbOrTx, applicationId: string, key?: string, limit = 500) {
  return db
    .select()
    .from(behovsmeldingFieldChange)
    .where(and(eq(behovsmeldingFieldChange.applicationId, applicationId), key ? eq(behovsmeldingFieldChange.key, key) : undefined))
    .orderBy(desc(behovsmeldingFieldChange.id))
    .limit(limit);
}
