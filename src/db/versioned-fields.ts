// The one co-edited field store (ADR 008, 020): the current value of each field of an owner (a behovsmelding, a
// questionnaire response), one change row per save (the history), the conditional save on the base version that
// lets exactly one of two concurrent saves win, and the change cursor a form polls from. Each client keeps its own
// pair of tables (no data migration); this factory is the one place the rules of co-editing are written, so a fix to
// them reaches every form. No access decisions here: use cases make them.
import { and, asc, desc, eq, getTableColumns, gt, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';
import type { Actor } from '../domain/access/roles.ts';

/** The columns every field table has, the owner's id column named `O`. */
type FieldTable<O extends string> = PgTable &
  Record<O | 'key' | 'value' | 'version' | 'changeId' | 'updatedByUserId' | 'updatedByName' | 'updatedAt', PgColumn>;
/** The columns every change table has (append-only, `id` is the cursor). */
type ChangeTable<O extends string> = PgTable & Record<O | 'id' | 'key' | 'value' | 'version' | 'byUserId' | 'byName' | 'at', PgColumn>;

/** The columns of the field row the store writes itself; a client's own columns come in through `extra`. */
type StoreColumns = 'key' | 'value' | 'version' | 'changeId' | 'updatedByUserId' | 'updatedByName' | 'updatedAt';

export type SaveFieldInput<F extends PgTable> = {
  ownerId: string;
  key: string;
  value: unknown;
  /** The version the editor started from; 0 = the field was never saved. */
  baseVersion: number;
  actor: Actor;
  at: Date;
  /** The client's own columns of the field row, written with every save (e.g. the behovsmelding's catalogue check). */
  extra?: Partial<Omit<F['$inferInsert'], StoreColumns>>;
};

export function versionedFields<O extends string, F extends FieldTable<O>, C extends ChangeTable<O>>(tables: { field: F; change: C; ownerColumn: O }) {
  const { field, change, ownerColumn } = tables;
  type FieldRow = F['$inferSelect'];
  type ChangeRow = C['$inferSelect'];
  // Drizzle cannot infer a select or insert over a generic table, so the queries are written once against these
  // erased views and their rows typed back to the concrete table's rows at each return.
  const fieldOwner = field[ownerColumn] as PgColumn;
  const changeOwner = change[ownerColumn] as PgColumn;
  const fieldTable = field as PgTable;
  const changeTable = change as PgTable;
  const ofOwner = (ownerId: string, key?: string): SQL | undefined =>
    and(eq(fieldOwner, ownerId), key === undefined ? undefined : eq(field.key, key));

  return {
    async load(db: DbOrTx, ownerId: string): Promise<FieldRow[]> {
      return (await db.select().from(fieldTable).where(ofOwner(ownerId))) as FieldRow[];
    },

    async loadOf(db: DbOrTx, ownerIds: string[]): Promise<FieldRow[]> {
      if (ownerIds.length === 0) return [];
      return (await db.select().from(fieldTable).where(inArray(fieldOwner, ownerIds))) as FieldRow[];
    },

    async find(db: DbOrTx, ownerId: string, key: string): Promise<FieldRow | undefined> {
      const [row] = (await db.select().from(fieldTable).where(ofOwner(ownerId, key))) as FieldRow[];
      return row;
    },

    /** When a field of each owner was last saved (owners without a saved field are left out). */
    async lastEdits(db: DbOrTx, ownerIds: string[]): Promise<{ id: string; at: Date | null }[]> {
      if (ownerIds.length === 0) return [];
      const rows = await db
        .select({ id: fieldOwner, at: max(field.updatedAt) })
        .from(fieldTable)
        .where(inArray(fieldOwner, ownerIds))
        .groupBy(fieldOwner);
      return rows as { id: string; at: Date | null }[];
    },

    /**
     * Saves a field if it is still at `baseVersion` (0 = never saved): one change row and the field row. Undefined
     * when someone saved it in between: the insert on a free key or the update on the base version matched no row,
     * so of two concurrent saves from the same base exactly one wins, on PGlite and on a PostgreSQL server. Run it in
     * a transaction: the loser's change row is rolled back with the caller's error (409). The saved row comes with
     * the owner's change cursor after the save (`changeCursor`), read in the same statement: an autosave is a few
     * statements (issue 11), not one more for the cursor.
     */
    async saveIfUnchanged(tx: DbOrTx, input: SaveFieldInput<F>): Promise<(FieldRow & { changeCursor: number }) | undefined> {
      const version = input.baseVersion + 1;
      const [changed] = (await tx
        .insert(changeTable)
        .values({
          [ownerColumn]: input.ownerId,
          key: input.key,
          value: input.value,
          version,
          byUserId: input.actor.userId,
          byName: input.actor.name,
          at: input.at,
        })
        .returning({ id: change.id })) as { id: number }[];
      const values = {
        ...input.extra,
        value: input.value,
        version,
        changeId: changed!.id,
        updatedByUserId: input.actor.userId,
        updatedByName: input.actor.name,
        updatedAt: input.at,
      };
      // The subquery sees this transaction's change row inserted just before (a new statement, a new snapshot).
      const returned = {
        ...getTableColumns(fieldTable),
        changeCursor: sql<number>`(select coalesce(max(${change.id}), 0) from ${changeTable} where ${changeOwner} = ${input.ownerId})`.mapWith(Number),
      };
      const saved =
        input.baseVersion === 0
          ? await tx
              .insert(fieldTable)
              .values({ [ownerColumn]: input.ownerId, key: input.key, ...values })
              .onConflictDoNothing()
              .returning(returned)
          : await tx
              .update(fieldTable)
              .set(values)
              .where(and(ofOwner(input.ownerId, input.key), eq(field.version, input.baseVersion)))
              .returning(returned);
      return (saved as (FieldRow & { changeCursor: number })[])[0];
    },

    /** The newest change row of the owner (0 when nothing was saved): the cursor a form polls from. */
    async latestChangeId(db: DbOrTx, ownerId: string): Promise<number> {
      const [row] = await db
        .select({ id: sql<number>`coalesce(max(${change.id}), 0)`.mapWith(Number) })
        .from(changeTable)
        .where(eq(changeOwner, ownerId));
      return row?.id ?? 0;
    },

    /** The current state of every field saved after the change cursor `since`, oldest save first. */
    async changedSince(db: DbOrTx, ownerId: string, since: number): Promise<FieldRow[]> {
      return (await db
        .select()
        .from(fieldTable)
        .where(and(ofOwner(ownerId), gt(field.changeId, since)))
        .orderBy(asc(field.changeId))) as FieldRow[];
    },

    /** Every save of the owner's fields (or of one), newest first. */
    async history(db: DbOrTx, ownerId: string, key?: string, limit = 500): Promise<ChangeRow[]> {
      return (await db
        .select()
        .from(changeTable)
        .where(and(eq(changeOwner, ownerId), key ? eq(change.key, key) : undefined))
        .orderBy(desc(change.id))
        .limit(limit)) as ChangeRow[];
    },
  };
}
