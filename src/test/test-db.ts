// A fresh, migrated and seeded database for one test file (see global-setup.ts).
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import type { Logger } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';

export type TestDatabase = Database & { url?: string };

/** `logger`: sees every statement (statement-count tests). */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
  const spec = inject('testDb');
  if (spec.kind === 'pglite') {
    const loadDataDir = new Blob([fs.readFileSync(spec.snapshotPath)]);
    return openDatabase({ pglite: await PGlite.create({ loadDataDir }), ...options });
  }
  const name = `kl_t_${randomBytes(6).toString('hex')}`;
  return openServerDatabase(spec.url, name, spec.template, options);
}

/** Creates database `name` on the server (a copy of `template`, or empty), opens it, and drops it on close. */
async function openServerDatabase(serverUrl: string, name: string, template?: string, options: { logger?: Logger } = {}): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 4, ...options });
  return {
    ...database,
    url: u.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** An empty database, not migrated: PGlite in memory, or a new database on the server when DATABASE_URL is set. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const spec = inject('testDb');
  if (spec.kind === 'pglite') return openDatabase({ pglite: await PGlite.create() });
  const name = `kl_e_${randomBytes(6).toString('hex')}`;
  return openServerDatabase(spec.url, name);
}
