// Database code using Drizzle, its schema, other repositories, domain types and the reference data.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { person } from './schema/index.ts';
import { readReferenceJson } from './reference-files.ts';
import type { Actor } from '../domain/access/roles.ts';

export async function example(db: DbOrTx, actor: Actor, now: Date) {
  return [await db.select().from(person).where(eq(person.id, actor.userId)), readReferenceJson, now];
}
