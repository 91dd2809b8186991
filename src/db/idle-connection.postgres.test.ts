// A PostgreSQL server may close an idle connection of the pool (a restart, an administrator). node-postgres reports
// it on the pool; unheard, that is an uncaught exception that ends the server. client.ts hears it, and the pool
// opens a new connection for the next statement.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  if (!test.url || !test.pool) throw new Error('idle-connection.postgres.test.ts needs DATABASE_URL (a PostgreSQL server)');
});
afterAll(() => test.close());

describe('an idle connection closed by the server', () => {
  it('is let go without ending the process, and the next statement gets a new connection', async () => {
    const pid = (await test.pool!.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const before = test.pool!.totalCount;
    // No listener of the test's own: were the pool's error unheard, Vitest would fail this file on the uncaught error.
    const admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    await expect.poll(() => test.pool!.totalCount, { timeout: 5_000 }).toBe(before - 1);
    const again = await test.db.execute(sql`select pg_backend_pid() as pid`);
    expect((again as unknown as { rows: { pid: number }[] }).rows[0]!.pid).not.toBe(pid);
  });
});
