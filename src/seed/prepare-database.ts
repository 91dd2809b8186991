// Brings a database to a usable state: migrations, reference data (idempotent), and demo data on request.
import type { Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { syncReferenceData } from '../db/reference-seed.ts';
import { isDatabaseEmpty, seedDemoData } from './demo-seed.ts';

export async function prepareDatabase(database: Database, options: { demo: boolean | 'if-empty' }): Promise<{ demoSeeded: boolean }> {
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  const seed = options.demo === true || (options.demo === 'if-empty' && (await isDatabaseEmpty(database.db)));
  if (seed) await seedDemoData(database.db);
  return { demoSeeded: seed };
}
