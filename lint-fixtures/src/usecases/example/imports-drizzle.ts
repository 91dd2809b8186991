// A use case writing its own SQL instead of calling a named repository function.
import { eq, sql } from 'drizzle-orm'; // ✗
import { alias } from 'drizzle-orm/pg-core'; // ✗
import type { Db } from '../../db/client.ts';
import { person } from '../../db/schema/index.ts'; // ✗
import { organisation } from '../../db/schema/org.ts'; // ✗

export async function example({ db }: { db: Db }) {
  await db.update(person).set({ version: sql`${person.version} + 1` }).where(eq(person.id, 'x'));
  return alias(organisation, 'o');
}
