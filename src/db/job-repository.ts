// The job queue in Postgres. Jobs are enqueued inside the caller's transaction, so work is queued exactly when the
// change that needs it commits. Any number of workers (in any number of instances) claim with
// SELECT … FOR UPDATE SKIP LOCKED: a row one worker is claiming is skipped by the others instead of waited for.
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './client.ts';
import { job } from './schema/index.ts';

export type JobRow = typeof job.$inferSelect;

/** After this many failed attempts a job is given up (failed_at set) and stays for inspection. */
export const MAX_JOB_ATTEMPTS = 5;
/** A claim older than this is taken to be from a worker that died mid-job, and the job may be claimed again. */
export const STALE_CLAIM_MS = 10 * 60_000;

export async function enqueue(tx: DbOrTx, kind: string, payload: unknown, options: { runAt?: Date } = {}): Promise<JobRow> {
  const [row] = await tx
    .insert(job)
    .values({ kind, payload, ...(options.runAt ? { runAt: options.runAt } : {}) })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Claims the next due job for `workerId`, or returns null. The claim is committed before the job runs, so a
 * long job holds no transaction open; the lock only guards the moment of claiming. */
export async function claimNext(db: Db, workerId: string, now: Date): Promise<JobRow | null> {
  return db.transaction(async (tx) => {
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
    const [next] = await tx
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          isNull(job.doneAt),
          isNull(job.failedAt),
          lte(job.runAt, now),
          or(isNull(job.lockedAt), lte(job.lockedAt, staleBefore)),
        ),
      )
      .orderBy(asc(job.runAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return null;
    const [claimed] = await tx
      .update(job)
      .set({ lockedAt: now, lockedBy: workerId, attempts: sql`${job.attempts} + 1` })
      .where(eq(job.id, next.id))
      .returning();
    return claimed ?? null;
  });
}

export async function markDone(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(job).set({ doneAt: now, lockedAt: null, lockedBy: null, lastError: null }).where(eq(job.id, id));
}

/** Seconds to wait before attempt n+1: 30 s, 2 min, 8 min, 32 min … — a mail server down for a while is survived. */
export const retryDelayMs = (attempts: number) => 30_000 * 4 ** Math.max(0, attempts - 1);

/** Records a failure: retried later with backoff, or given up after MAX_JOB_ATTEMPTS (or at once when `permanent`). */
export async function markFailed(
  db: DbOrTx,
  claimed: Pick<JobRow, 'id' | 'attempts'>,
  error: unknown,
  options: { now: Date; permanent?: boolean },
): Promise<'retry' | 'failed'> {
  const { now } = options;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const giveUp = options.permanent || claimed.attempts >= MAX_JOB_ATTEMPTS;
  await db
    .update(job)
    .set({
      lockedAt: null,
      lockedBy: null,
      lastError: message,
      ...(giveUp ? { failedAt: now } : { runAt: new Date(now.getTime() + retryDelayMs(claimed.attempts)) }),
    })
    .where(eq(job.id, claimed.id));
  return giveUp ? 'failed' : 'retry';
}

export async function findJob(db: DbOrTx, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(job).where(eq(job.id, id));
  return row;
}
