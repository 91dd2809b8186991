// Reads and writes of klager on decisions (issue 14, point 5). A change is written only from the state (and version)
// the use case read, so two case officers acting on one klage at once cannot both move it. No access decisions here.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { klage } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type KlageRow = typeof klage.$inferSelect;

export async function insertKlage(
  tx: DbOrTx,
  values: { vedtakId: string; receivedOnLocal: string; fromName: string; summary: string; registeredByName: string; at: Date },
): Promise<KlageRow> {
  const { at, ...rest } = values;
  const [row] = await tx.insert(klage).values({ ...rest, registeredAt: at }).returning();
  return row!;
}

export async function findKlage(db: DbOrTx, id: string, lock?: 'update'): Promise<KlageRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(klage).where(eq(klage.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listKlagerOf(db: DbOrTx, vedtakIds: string[]): Promise<KlageRow[]> {
  if (vedtakIds.length === 0) return [];
  return db.select().from(klage).where(inArray(klage.vedtakId, vedtakIds)).orderBy(asc(klage.registeredAt), asc(klage.id));
}

export type KlageChange = Partial<Pick<KlageRow, 'state' | 'reasons' | 'newVedtakId' | 'forwardedAt' | 'forwardedTo' | 'outcome' | 'outcomeText' | 'decidedAt' | 'decidedByName'>>;

/** Moves the klage from `fromState` at `expectedVersion`; undefined when it was moved or changed in between. */
export async function updateKlageIfUnchanged(tx: DbOrTx, input: { id: string; fromState: string; expectedVersion: number; change: KlageChange }) {
  const [row] = await tx
    .update(klage)
    .set({ ...input.change, version: sql`${klage.version} + 1` })
    .where(and(eq(klage.id, input.id), eq(klage.state, input.fromState), eq(klage.version, input.expectedVersion)))
    .returning();
  return row;
}
