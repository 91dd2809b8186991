// Brings a database to a usable state: migrations, reference data (idempotent), and demo data on request.
import type { Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { systemClock, type Clock } from '../domain/shared/clock.ts';
import { syncReferenceData } from '../db/reference-seed.ts';
import { isDatabaseEmpty, seedDemoData } from './demo-seed.ts';

/** `clock`: the day a demo seeded now counts its dates from (the machine's day unless a test sets another). */
export async function prepareDatabase(database: Database, options: { demo: boolean | 'if-empty'; clock?: Clock }): Promise<{ demoSeeded: boolean }> {
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  const seed = options.demo === true || (options.demo === 'if-empty' && (await isDatabaseEmpty(database.db)));
  if (seed) await seedDemoData(database.db, options.clock ?? systemClock);
  return { demoSeeded: seed };
}
