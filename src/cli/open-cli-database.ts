// Opens the database the way the server would (DATABASE_URL or DATA_DIR), holding the embedded lock as 'cli'.
import { loadConfig } from '../config/env.ts';
import { openDatabase, type Database } from '../db/client.ts';

export async function withCliDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 2 })
    : await openDatabase({ dataDir: config.dataDir, lock: 'cli' });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
