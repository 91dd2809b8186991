// The job queue on a real database: concurrent claimers never share a job (SKIP LOCKED), a row locked by another
// failures back off and give up, dead claims are retaken. (Lock contention: job-repository.postgres.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { markQueuedJobsDone } from '../test/job-queue.ts';
import { claimNext, enqueue, findJob, markDone, markFailed, MAX_JOB_ATTEMPTS, STALE_CLAIM_MS } from './job-repository.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await markQueuedJobsDone(database.db);
});
afterAll(() => database.close());

const later = (ms: number) => new Date(Date.now() + ms);

describe('job queue', () => {
  it('four concurrent claimers drain 40 jobs and no job is claimed twice', async () => {
    for (let i = 0; i < 40; i++) await enqueue(database.db, 'test', { i });
    const claimer = async (workerId: string) => {
      const ids: string[] = [];
      for (let job = await claimNext(database.db, workerId, later(1000)); job; job = await claimNext(database.db, workerId, later(1000))) {
        ids.push(job.id);
        await markDone(database.db, job.id, later(1000));
      }
      return ids;
    };
    const results = await Promise.all(['a', 'b', 'c', 'd'].map(claimer));
    const all = results.flat();
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
  });

  it('a failed job is retried later with backoff, then given up after the last attempt', async () => {
    const queued = await enqueue(database.db, 'test', {});
    let now = later(1000);
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      const job = await claimNext(database.db, 'w', now);
      expect(job?.id).toBe(queued.id);
      expect(job?.attempts).toBe(attempt);
      const outcome = await markFailed(database.db, job!, new Error('smtp nede'), { now });
      expect(outcome).toBe(attempt < MAX_JOB_ATTEMPTS ? 'retry' : 'failed');
      expect(await claimNext(database.db, 'w', now)).toBeNull();
      now = new Date(now.getTime() + 24 * 3600_000);
    }
    const row = await findJob(database.db, queued.id);
    expect(row?.failedAt).not.toBeNull();
    expect(row?.lastError).toBe('smtp nede');
    expect(await claimNext(database.db, 'w', now)).toBeNull();
  });

  it('a claim by a worker that died is taken over after the stale-claim time', async () => {
    const queued = await enqueue(database.db, 'test', {});
    const now = later(1000);
    expect((await claimNext(database.db, 'dead', now))?.id).toBe(queued.id);
    expect(await claimNext(database.db, 'alive', now)).toBeNull();
    const retaken = await claimNext(database.db, 'alive', new Date(now.getTime() + STALE_CLAIM_MS + 1000));
    expect(retaken?.id).toBe(queued.id);
    expect(retaken?.lockedBy).toBe('alive');
    await markDone(database.db, queued.id, now);
  });
});
