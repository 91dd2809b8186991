// SKIP LOCKED under contention needs a second connection holding a row lock, which only a PostgreSQL server has
// (PGlite is one connection). The unit project includes *.postgres.test.ts only when DATABASE_URL is set, and
// `npm test` always runs that part, so this test is never silently left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { claimNext, enqueue, markDone } from './job-repository.ts';
import { markQueuedJobsDone } from '../test/job-queue.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  if (!database.url) throw new Error('job-repository.postgres.test.ts needs DATABASE_URL (a PostgreSQL server)');
  await markQueuedJobsDone(database.db);
});
afterAll(() => database.close());

const later = (ms: number) => new Date(Date.now() + ms);

describe('job queue on a PostgreSQL server', () => {
  it('skips a job another transaction holds locked instead of waiting', async () => {
    const first = await enqueue(database.db, 'test', { n: 1 }, { runAt: new Date(Date.now() - 60_000) });
    const second = await enqueue(database.db, 'test', { n: 2 });
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select id from job where id = $1 for update', [first.id]);
      const claimed = await claimNext(database.db, 'w', later(1000));
      expect(claimed?.id).toBe(second.id);
      await other.query('rollback');
      expect((await claimNext(database.db, 'w', later(1000)))?.id).toBe(first.id);
    } finally {
      await other.end();
    }
    await markDone(database.db, first.id, later(1000));
    await markDone(database.db, second.id, later(1000));
  });

});
