// Finds seeded demo rows by their human names, so tests read like the domain ("Harstad kommune", not a uuid).
import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog, organisation, partnership, person } from '../db/schema/index.ts';

export async function orgId(db: DbOrTx, name: string): Promise<string> {
  const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}

export async function personByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(person).where(eq(person.email, email));
  if (!row) throw new Error(`no person ${email}`);
  return row;
}

export async function partnershipByName(db: DbOrTx, name: string) {
  const [row] = await db.select().from(partnership).where(eq(partnership.name, name));
  if (!row) throw new Error(`no partnership ${name}`);
  return row;
}

export async function auditCount(db: DbOrTx): Promise<number> {
  return (await db.select({ n: count() }).from(auditLog))[0]!.n;
}

export const SOR_TROMS = 'Kompetanseløftet Sør-Troms og Evenes';
export const UIT = 'UiT Norges arktiske universitet';
