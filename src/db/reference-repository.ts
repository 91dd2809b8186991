// Reads of Kartverket's division, the offices and the grant schemes, and the admin's edits of a scheme. No access
// decisions here: use cases make them.
import { and, asc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { county, municipality, office, scheme } from './schema/index.ts';

export type SchemeRow = typeof scheme.$inferSelect;
/** What an admin may change of a scheme (its id is its name in code; version and time are the database's). */
export type SchemeValues = Omit<Partial<typeof scheme.$inferInsert>, 'id' | 'version' | 'updatedAt'>;

const escapeLike = (q: string) => q.replace(/[%_\\]/g, '\\$&');

export async function listCounties(db: DbOrTx, division: number) {
  return db.select().from(county).where(eq(county.division, division)).orderBy(asc(county.number));
}

export async function listMunicipalities(db: DbOrTx, filter: { division: number; county?: string | undefined; q?: string | undefined }) {
  const conditions: SQL[] = [eq(municipality.division, filter.division)];
  if (filter.county) conditions.push(eq(municipality.countyNumber, filter.county));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    // The official name carries the Sámi and Kven parallel names, so "Gáivuotna" finds Kåfjord.
    const match = or(ilike(municipality.name, pattern), ilike(municipality.officialName, pattern), like(municipality.number, `${escapeLike(filter.q)}%`));
    if (match) conditions.push(match);
  }
  return db
    .select()
    .from(municipality)
    .where(and(...conditions))
    .orderBy(asc(municipality.number));
}

/** The 2024 municipalities among `numbers` (to tell which given numbers are unknown). */
export async function findMunicipalities2024(db: DbOrTx, numbers: string[]) {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return [];
  return db
    .select()
    .from(municipality)
    .where(and(eq(municipality.division, 2024), inArray(municipality.number, unique)));
}

export async function listOffices(db: DbOrTx) {
  return db.select().from(office).orderBy(asc(office.name));
}

export async function listSchemes(db: DbOrTx) {
  // Sorted by the Bokmål name, the one every scheme has; the UI shows each user's language in that order.
  return db.select().from(scheme).orderBy(sql`${scheme.name}->>'nb'`);
}

export async function findScheme(db: DbOrTx, id: string): Promise<SchemeRow | undefined> {
  const [row] = await db.select().from(scheme).where(eq(scheme.id, id));
  return row;
}

/** Saves the scheme if it is still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateSchemeIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: SchemeValues; at: Date }) {
  const [after] = await tx
    .update(scheme)
    .set({ ...input.values, version: sql`${scheme.version} + 1`, updatedAt: input.at })
    .where(and(eq(scheme.id, input.id), eq(scheme.version, input.expectedVersion)))
    .returning();
  return after;
}
