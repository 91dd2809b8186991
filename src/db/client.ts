// The one data layer: Drizzle over embedded PGlite (DATA_DIR) or a PostgreSQL server (DATABASE_URL).
// Both expose the same PgDatabase type, so repositories and use cases never know which one they run on.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; a Db works wherever a Tx is expected. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** The underlying PGlite, for snapshots in tests (undefined on a Postgres server). */
  pglite?: PGlite;
  /** The connection pool on a Postgres server. */
  pool?: pg.Pool;
};

export type OpenOptions = (
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string; lock?: 'server' | 'cli' }
  | { pglite: PGlite }
) & {
  /** Sees every statement Drizzle sends (not BEGIN/COMMIT): the statement-count tests and benchmarks use it. */
  logger?: Logger;
};

const logging = (options: OpenOptions) => (options.logger ? { logger: options.logger } : {});

/**
 * PostgreSQL's default shared_buffers (128 MB) lives in the WASM heap of the server's own process, where it counts
 * against the server's memory whether used or not. One office's database is tens of MB and the files behind the
 * buffers are the machine's page cache anyway, so 32 MB holds the working set and the server keeps ~100 MB less
 * (issue 11; docs/performance.md).
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** Statement names by text: Drizzle sends the same text for every run of a query shape. Bounded, as shapes are. */
const statementNames = new Map<string, string>();
const nameOf = (text: string) => {
  let name = statementNames.get(text);
  if (!name) {
    name = `kl_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 5_000) statementNames.set(text, name);
  }
  return name;
};

/**
 * Every statement with parameters becomes a named prepared statement on its connection, named by its text: the
 * server parses and plans it once per connection instead of on every request (issue 11; the deadline rush sends the
 * same few shapes thousands of times). Statements without parameters are left alone — migrations send several
 * commands in one text, which cannot be prepared. PostgreSQL itself plans a statement again when a table under it
 * changes.
 */
function prepareByText(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string') {
      const named = config as { text: string; name?: string; values?: unknown[] };
      const values = Array.isArray(named.values) ? named.values : Array.isArray(rest[0]) ? rest[0] : [];
      if (!named.name && values.length > 0) return query({ ...named, name: nameOf(named.text) }, ...rest);
    }
    return query(config, ...rest);
  };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('connect', prepareByText);
    // An idle connection the server closes (a restart, an administrator, a dropped test database) is reported on the
    // pool; unheard, node-postgres makes it an uncaught exception that ends the process. The pool replaces it.
    pool.on('error', (error) => {
      if (!pool.ending) console.warn(`PostgreSQL lukket en ledig tilkobling (${error.message}); en ny åpnes ved behov.`);
    });
    // Surface a wrong URL at start-up rather than at the first request.
    const probe = await pool.connect();
    probe.release();
    const db = drizzlePg(pool, { schema, ...logging(options) }) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  if ('pglite' in options) {
    const db = drizzlePglite(options.pglite, { schema, ...logging(options) }) as unknown as Db;
    return { db, kind: 'pglite', pglite: options.pglite, close: () => options.pglite.close() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const release = acquireDataDirLock(options.dataDir, options.lock ?? 'cli');
  try {
    const client = await PGlite.create(path.join(options.dataDir, 'pgdata'), { startParams: PGLITE_START_PARAMS });
    const db = drizzlePglite(client, { schema, ...logging(options) }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
