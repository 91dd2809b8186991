// A fresh, migrated and seeded database for one test file (see global-setup.ts).
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';

export type TestDatabase = Database & { url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const spec = inject('testDb');
  if (spec.kind === 'pglite') {
    const loadDataDir = new Blob([fs.readFileSync(spec.snapshotPath)]);
    return openDatabase({ pglite: await PGlite.create({ loadDataDir }) });
  }
  const name = `kl_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: spec.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${spec.template}`);
  await admin.end();
  const u = new URL(spec.url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 4 });
  return {
    ...database,
    url: u.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: spec.url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
