// The bare baseline of the load benchmark: Fastify with one route doing one indexed query that returns 20 rows
// (applications of the bench round, by the (round_id, partnership_id) index), on the same engine and data as the
// app. No session, no logging, no plugins: what the engine and the framework give, for the app's ratio.
// Run as a child process by bench/load/run-load.ts with PORT, BENCH_ROUND_ID and DATA_DIR or DATABASE_URL.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import { PGLITE_START_PARAMS } from '../../src/db/client.ts';

const SQL = 'select id, partnership_id, status, county_number, version, updated_at from behovsmelding where round_id = $1 order by partnership_id limit 20';
const roundId = process.env.BENCH_ROUND_ID!;

let query: (sql: string, params: unknown[]) => Promise<unknown[]>;
let close: () => Promise<void>;
if (process.env.DATABASE_URL) {
  // The app's pool size (src/db/client.ts default), so the engine side is the same.
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  query = async (sql, params) => (await pool.query(sql, params)).rows;
  close = () => pool.end();
} else {
  // PGlite started as the app starts it, so the process's memory after its load is the engine's share.
  const client = await PGlite.create(path.join(path.resolve(process.env.DATA_DIR ?? 'data'), 'pgdata'), { startParams: PGLITE_START_PARAMS });
  query = async (sql, params) => (await client.query(sql, params)).rows;
  close = () => client.close();
}

const app = Fastify({ logger: false });
app.get('/health', async () => ({ ok: true }));
app.get('/baseline', async () => ({ rows: await query(SQL, [roundId]) }));
const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
