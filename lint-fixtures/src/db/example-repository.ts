// A repository reading the machine's time instead of taking `now` from its caller.
import { lt } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { session } from './schema/index.ts';

export async function deleteExpired(db: DbOrTx) {
  await db.delete(session).where(lt(session.expiresAt, new Date())); // ✗
}
