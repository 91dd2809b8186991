// Reads and writes of regions (RSK groups of municipalities). No access decisions here: use cases make them.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { municipality, region, regionMunicipality } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type RegionRow = typeof region.$inferSelect;
export type RegionWithMunicipalities = RegionRow & { municipalities: { number: string; name: string }[] };
/** A region's own columns as the form gives them (its municipalities are stored apart). */
export type RegionValues = Omit<typeof region.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

async function attachMunicipalities(db: DbOrTx, regions: RegionRow[]): Promise<RegionWithMunicipalities[]> {
  if (regions.length === 0) return [];
  const rows = await db
    .select({ regionId: regionMunicipality.regionId, number: regionMunicipality.municipalityNumber, name: municipality.name })
    .from(regionMunicipality)
    .leftJoin(municipality, and(eq(municipality.division, 2024), eq(municipality.number, regionMunicipality.municipalityNumber)))
    .where(inArray(regionMunicipality.regionId, regions.map((r) => r.id)))
    .orderBy(asc(regionMunicipality.municipalityNumber));
  return regions.map((r) => ({
    ...r,
    municipalities: rows.filter((m) => m.regionId === r.id).map((m) => ({ number: m.number, name: m.name ?? m.number })),
  }));
}

export async function listRegions(db: DbOrTx): Promise<RegionWithMunicipalities[]> {
  return attachMunicipalities(db, await db.select().from(region).orderBy(asc(region.name)));
}

export async function findRegion(db: DbOrTx, id: string): Promise<RegionWithMunicipalities | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(region).where(eq(region.id, id));
  return row ? (await attachMunicipalities(db, [row]))[0] : undefined;
}

export async function findRegionByName(db: DbOrTx, name: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(region).where(eq(region.name, name));
  return row;
}

export async function insertRegion(tx: DbOrTx, values: RegionValues): Promise<{ id: string } | undefined> {
  const [created] = await tx.insert(region).values(values).returning({ id: region.id });
  return created;
}

/** Saves the region's own columns if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateRegionIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: RegionValues; at: Date }) {
  const [updated] = await tx
    .update(region)
    .set({ ...input.values, version: sql`${region.version} + 1`, updatedAt: input.at })
    .where(and(eq(region.id, input.id), eq(region.version, input.expectedVersion)))
    .returning({ id: region.id });
  return updated;
}

/** Replaces the region's municipalities (inside the caller's transaction). */
export async function replaceRegionMunicipalities(tx: DbOrTx, regionId: string, numbers: string[]) {
  await tx.delete(regionMunicipality).where(eq(regionMunicipality.regionId, regionId));
  const unique = [...new Set(numbers)];
  if (unique.length) await tx.insert(regionMunicipality).values(unique.map((n) => ({ regionId, municipalityNumber: n })));
}
