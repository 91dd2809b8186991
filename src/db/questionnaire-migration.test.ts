// Migration 0005 (questionnaires, ADR 020) on a database that already has data, on PGlite or a PostgreSQL server:
// it adds its tables without touching what is there, and the rows that must never change cannot be changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { createEmptyDatabase } from '../test/test-db.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
import { insertQuestionnaire } from './questionnaire-repository.ts';
import { anonymousStorage } from './questionnaire-storage.ts';
import { ZQuestionnaireCatalogue } from '../domain/questionnaire/catalogue.ts';
import { testCatalogue } from '../domain/questionnaire/test-catalogue.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** drizzle/ with the migrations before 0005 only. */
function migrationsBefore(tag: string): string {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-migrations-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

it('0005 adds the questionnaire tables beside existing data; catalogues and submissions are fixed once written', async () => {
  const database = await createEmptyDatabase();
  cleanups.push(() => database.close());
  const db = database.db;
  await migrateDatabase(database, migrationsBefore('0005_questionnaire'));
  await db.execute(sql`insert into scheme (id, name, short_name, description, rules) values ('gammel', '{"nb":"Gammel ordning"}', 'Gammel', null, '{}')`);

  await migrateDatabase(database);

  expect(rowsOf<{ id: string }>(await db.execute(sql`select id from scheme`))).toEqual([{ id: 'gammel' }]);
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.tables where table_name like 'questionnaire%' order by table_name`),
  ).map((r) => r.table_name);
  expect(tables).toEqual(['questionnaire', 'questionnaire_anonymous_answer', 'questionnaire_field', 'questionnaire_field_change', 'questionnaire_response', 'questionnaire_submission']);

  const catalogue = ZQuestionnaireCatalogue.parse(testCatalogue({ storage: 'anonymous' }));
  const at = new Date('2031-01-02T03:04:05Z');
  await insertQuestionnaire(db, { catalogue, at });
  expect(await insertQuestionnaire(db, { catalogue, at })).toBeUndefined();
  await expect(db.execute(sql`update questionnaire set catalogue = '{}'`)).rejects.toThrow();
  await expect(db.execute(sql`delete from questionnaire`)).rejects.toThrow();

  const { id } = await anonymousStorage.storeSubmission(db, { questionnaireId: catalogue.id, questionnaireVersion: 1, answers: { navn: 'X' }, at }, null);
  await expect(db.execute(sql`update questionnaire_anonymous_answer set submitted_on = '2031-01-01'`)).rejects.toThrow();
  expect(await anonymousStorage.findSubmission(db, id)).toMatchObject({ submittedOn: '2031-01-02', submittedAt: null, submittedByName: null, answers: { navn: 'X' } });
  // An answer must name a published version.
  await expect(anonymousStorage.storeSubmission(db, { questionnaireId: 'finnes-ikke', questionnaireVersion: 1, answers: {}, at }, null)).rejects.toThrow();
});
