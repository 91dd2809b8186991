// A migration must carry existing data forward, not only build an empty schema: a later migration is checked on a
// database that already has rows written under the earlier ones (PGlite, or a PostgreSQL server with DATABASE_URL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase } from '../test/test-db.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
import { budgetFrame, scheme } from './schema/index.ts';

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

  it('0008 moves a round\'s budget frame to its office × scheme × year as a confirmed frame; a round without one gives none', async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database, migrationsUpTo('0007_start-seen'));
    await database.db.execute(sql`insert into office (id, name, county_numbers) values ('tf', 'Troms og Finnmark', '["55","56"]')`);
    await database.db.execute(sql`insert into scheme (id, name, short_name, rules) values ('kl', '{"nb":"Kompetanseløftet"}', 'KL', '{}')`);
    await database.db.execute(sql`
      insert into behovsmelding_round (office_id, scheme_id, year, title, opens_at_local, deadline_local, budget_frame_kr) values
        ('tf', 'kl', 2024, 'Med ramme', '2023-09-15T08:00:00', '2023-12-01T23:59:59', 14500000),
        ('tf', 'kl', 2025, 'Uten ramme', '2024-09-15T08:00:00', '2024-12-01T23:59:59', null)`);

    await migrateDatabase(database);

    const frames = await database.db
      .select({ officeId: budgetFrame.officeId, schemeId: budgetFrame.schemeId, year: budgetFrame.year, amountKr: budgetFrame.amountKr, confirmed: budgetFrame.confirmed })
      .from(budgetFrame);
    expect(frames).toEqual([{ officeId: 'tf', schemeId: 'kl', year: 2024, amountKr: 14_500_000, confirmed: true }]);
    const columns = await database.db.execute(sql`select column_name from information_schema.columns where table_name = 'behovsmelding_round' and column_name = 'budget_frame_kr'`);
    expect((columns as unknown as { rows: unknown[] }).rows).toEqual([]);
  });

  it("0008 gives a Dekomp seeded before it the rule 'no individual further education'; other schemes keep their rules", async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database, migrationsUpTo('0007_start-seen'));
    await database.db.execute(sql`
      insert into scheme (id, name, short_name, rules) values
        ('dekomp', '{"nb":"Dekomp"}', 'Dekomp', '{"ownerCofundingPercent": 30}'),
        ('rekomp', '{"nb":"Rekomp"}', 'Rekomp', '{"ownerCofundingPercent": null}')`);

    await migrateDatabase(database, migrationsUpTo('0008_forum'));

    const rows = await database.db.select({ id: scheme.id, rules: scheme.rules }).from(scheme).orderBy(asc(scheme.id));
    expect(rows).toEqual([
      { id: 'dekomp', rules: { ownerCofundingPercent: 30, noIndividualEducation: true } },
      { id: 'rekomp', rules: { ownerCofundingPercent: null } },
    ]);
  });

  it('0009 gives the schemes their budget chapter/post and grant rules, and keeps what an admin already set', async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database, migrationsUpTo('0008_forum'));
    await database.db.execute(sql`
      insert into scheme (id, name, short_name, rules) values
        ('kompetanseloftet', '{"nb":"Kompetanseløftet"}', 'Kompetanseløftet', '{}'),
        ('rekomp', '{"nb":"Rekomp"}', 'Rekomp', '{"budgetChapterPost": "Kap. 231 post 70", "grantRules": "Egne regler"}')`);

    // Up to 0009 only: 0010 turns these titles into one per written standard (the next test).
    await migrateDatabase(database, migrationsUpTo('0009_tilsagn'));

    const rows = await database.db.select({ id: scheme.id, rules: scheme.rules }).from(scheme).orderBy(asc(scheme.id));
    expect(rows).toEqual([
      {
        id: 'kompetanseloftet',
        rules: {
          budgetChapterPost: 'Kap. 226 post 21 og kap. 231 post 21',
          grantRules: 'Retningslinjer for tilskudd til Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
        },
      },
      { id: 'rekomp', rules: { budgetChapterPost: 'Kap. 231 post 70', grantRules: 'Egne regler' } },
    ]);
  });

  it('0010 gives the grant rules a title per written standard: the nynorsk title for the three schemes 0009 named, the old title for both otherwise', async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database, migrationsUpTo('0008_forum'));
    await database.db.execute(sql`
      insert into scheme (id, name, short_name, rules) values
        ('kompetanseloftet', '{"nb":"Kompetanseløftet"}', 'Kompetanseløftet', '{}'),
        ('dekomp', '{"nb":"Dekomp"}', 'Dekomp', '{"ownerCofundingPercent": 30}'),
        ('rekomp', '{"nb":"Rekomp"}', 'Rekomp', '{"budgetChapterPost": "Kap. 231 post 70", "grantRules": "Egne regler"}'),
        ('pilot', '{"nb":"Pilot"}', 'Pilot', '{"grantRules": "Retningslinjer for piloten"}'),
        ('uten', '{"nb":"Uten"}', 'Uten', '{"maxCommitmentYears": 1}')`);

    await migrateDatabase(database);

    const rows = await database.db.select({ id: scheme.id, rules: scheme.rules }).from(scheme).orderBy(asc(scheme.id));
    const grantRules = Object.fromEntries(rows.map((r) => [r.id, (r.rules as { grantRules?: unknown }).grantRules]));
    expect(grantRules).toEqual({
      dekomp: { nb: 'Forskrift om tilskudd til desentralisert ordning for kompetanseutvikling i skolen', nn: 'Forskrift om tilskot til desentralisert ordning for kompetanseutvikling i skulen' },
      kompetanseloftet: {
        nb: 'Retningslinjer for tilskudd til Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
        nn: 'Retningslinjer for tilskot til Kompetanseløftet for spesialpedagogikk og inkluderande praksis',
      },
      // An admin's own title is kept, and serves both standards until a nynorsk one is written.
      rekomp: { nb: 'Egne regler', nn: 'Egne regler' },
      pilot: { nb: 'Retningslinjer for piloten', nn: 'Retningslinjer for piloten' },
      uten: undefined,
    });
    // The rest of the rules are untouched.
    expect(rows.find((r) => r.id === 'dekomp')!.rules).toEqual({ ownerCofundingPercent: 30, budgetChapterPost: 'Kap. 226 post 21', grantRules: grantRules.dekomp });
  });
});
