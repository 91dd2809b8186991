// Migrates and seeds one database once per run; each test file then gets its own copy of it:
// a PGlite snapshot (fast to load) or, with DATABASE_URL, a Postgres database created from a template.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { prepareDatabase } from '../seed/prepare-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'pglite'; snapshotPath: string } | { kind: 'postgres'; url: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `kl_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const templateUrl = withDatabase(url, template);
    const database = await openDatabase({ databaseUrl: templateUrl, poolSize: 2 });
    await prepareDatabase(database, { demo: true });
    await database.close();
    project.provide('testDb', { kind: 'postgres', url, template });
    return async () => {
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    };
  }
  const client = new PGlite();
  const database = await openDatabase({ pglite: client });
  await prepareDatabase(database, { demo: true });
  const blob = await client.dumpDataDir('none');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-test-'));
  const snapshotPath = path.join(dir, 'snapshot.tar');
  fs.writeFileSync(snapshotPath, Buffer.from(await blob.arrayBuffer()));
  await database.close();
  project.provide('testDb', { kind: 'pglite', snapshotPath });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
