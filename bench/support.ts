// Benchmark fixtures: a seeded database on PGlite or a throwaway PostgreSQL server, and the real app on loopback.
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { prepareDatabase } from '../src/seed/prepare-database.ts';
import { appUser } from '../src/db/schema/index.ts';
import { buildApp } from '../src/server/app.ts';
// @ts-expect-error plain ESM helper shared with the test runner
import { startPgServer } from '../scripts/pg-server.mjs';

export type Backend = 'pglite' | 'postgres';

export async function openBenchDatabase(backend: Backend): Promise<{ database: Database; stop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const database = await openDatabase({ pglite: await PGlite.create() });
    await prepareDatabase(database, { demo: true });
    return { database, stop: () => database.close() };
  }
  const server = (await startPgServer()) as { url: string; stop: () => void };
  const database = await openDatabase({ databaseUrl: server.url, poolSize: 10 });
  await prepareDatabase(database, { demo: true });
  return { database, stop: async () => { await database.close(); server.stop(); } };
}

export async function startBenchApp(database: Database) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_LOGIN: 'true', PUBLIC_URL: 'http://127.0.0.1', LOGIN_RATE_LIMIT: '10000' });
  const app = await buildApp({ db: database.db, config });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: address };
}

/** Logs a demo user in and returns the headers a browser would send. */
export async function loginHeaders(url: string, database: Database, email: string) {
  const [user] = await database.db.select().from(appUser).where(eq(appUser.email, email));
  const res = await fetch(`${url}/api/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: user!.id }) });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kl_session='))!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

export function formatRow(cells: (string | number)[]) {
  return `| ${cells.join(' | ')} |`;
}
