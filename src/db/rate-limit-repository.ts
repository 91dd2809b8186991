// Fixed-window counters in the database, so every instance behind a load balancer counts the same attempts.
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { rateLimitCounter } from './schema/index.ts';

/** Adds one hit to `key` in the window starting at `windowStart` and returns the count so far (atomic upsert). */
export async function hitCounter(db: DbOrTx, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimitCounter)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounter.key, rateLimitCounter.windowStart],
      set: { count: sql`${rateLimitCounter.count} + 1` },
    })
    .returning({ count: rateLimitCounter.count });
  return row?.count ?? 1;
}

export async function deleteCountersBefore(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(rateLimitCounter).where(lt(rateLimitCounter.windowStart, before));
}
