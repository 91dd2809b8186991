// On a PostgreSQL server every statement with parameters is prepared once per connection, named by its text
// (client.ts, issue 11), and one without parameters is sent as it is. Only a server has pg_prepared_statements.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import type { Db } from './client.ts';
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type pg from 'pg';
import { findGrant } from './access-repository.ts';

let test: TestDatabase;
let client: pg.PoolClient;
let db: Db;
let raw: NodePgDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  if (!test.url || !test.pool) throw new Error('prepared-statements.postgres.test.ts needs DATABASE_URL (a PostgreSQL server)');
  // One connection of the pool, so the statements below and the look at pg_prepared_statements share a session.
  client = await test.pool.connect();
  raw = drizzle(client);
  db = raw as unknown as Db;
});
afterAll(async () => {
  client?.release();
  await test.close();
});

const prepared = async () =>
  (await raw.execute<{ name: string; statement: string }>(sql`select name, statement from pg_prepared_statements`)).rows;

describe('statements prepared by their text', () => {
  it('prepares a parameterised statement once and reuses it; leaves a statement without parameters alone', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await findGrant(db, id)).toBeUndefined();
    const once = (await prepared()).filter((p) => p.name.startsWith('kl_') && p.statement.includes('"role_grant"'));
    expect(once).toHaveLength(1);
    expect(await findGrant(db, '00000000-0000-4000-8000-000000000001')).toBeUndefined();
    expect((await prepared()).filter((p) => p.statement.includes('"role_grant"'))).toEqual(once);
    // Several commands in one text (as migrations send) cannot be prepared, and are not.
    await raw.execute(sql.raw('select 1; select 2'));
    expect((await prepared()).some((p) => p.statement.includes('select 2'))).toBe(false);
  });
});
