// A migration must carry existing data forward, not only build an empty schema: a later migration is checked on a
// database that already has rows written under the earlier ones (PGlite, or a PostgreSQL server with DATABASE_URL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase } from '../test/test-db.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
import { scheme } from './schema/index.ts';

type Journal = { entries: { tag: string }[] };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A copy of drizzle/ with the migrations up to and including `lastTag` only, and a journal to match. */
function migrationsUpTo(lastTag: string): string {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as Journal;
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  const entries = journal.entries.slice(0, last + 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-migrations-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  cleanups.push(() => database.close());
  return database;
}

describe('migrations on existing data', () => {
  it('0002 turns the Bokmål scheme name and description into content texts {nb: …}, keeping a missing description', async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database, migrationsUpTo('0001_audit-append-only'));
    await database.db.execute(sql`
      insert into scheme (id, name, short_name, description, rules) values
        ('gammel', 'Gammel ordning for skolen', 'Gammel', 'Tilskudd til «lokal» kompetanseutvikling', '{}'),
        ('uten', 'Ordning uten beskrivelse', 'Uten', null, '{}')`);

    await migrateDatabase(database);

    const rows = await database.db.select({ id: scheme.id, name: scheme.name, description: scheme.description }).from(scheme).orderBy(asc(scheme.id));
    expect(rows).toEqual([
      { id: 'gammel', name: { nb: 'Gammel ordning for skolen' }, description: { nb: 'Tilskudd til «lokal» kompetanseutvikling' } },
      { id: 'uten', name: { nb: 'Ordning uten beskrivelse' }, description: null },
    ]);
    const columns = await database.db.execute(
      sql`select column_name, data_type, is_nullable from information_schema.columns where table_name = 'scheme' and column_name in ('name', 'description') order by column_name`,
    );
    expect((columns as unknown as { rows: unknown[] }).rows).toEqual([
      { column_name: 'description', data_type: 'jsonb', is_nullable: 'YES' },
      { column_name: 'name', data_type: 'jsonb', is_nullable: 'NO' },
    ]);
  });
});
