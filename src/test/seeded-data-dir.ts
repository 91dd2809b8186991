// A DATA_DIR as `kompetanseloft migrate` + `seed --demo` leave it, made from the run's seeded snapshot
// (global-setup.ts) instead: the CLI tests spent 25–30 s each seeding the demo themselves. `seed --demo` writes
// nothing in DATA_DIR but the database — the demo's letters and files are rendered when asked for, its jobs are rows —
// so pgdata is the whole start state. The snapshot is seeded with the machine's day, as the CLI seeds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { PGLITE_START_PARAMS } from '../db/client.ts';

/** A new temporary DATA_DIR (its name starting with `prefix`) holding the demo; the caller removes it. */
export async function seededDataDir(prefix: string): Promise<string> {
  const spec = inject('testDb');
  // The CLI tests run on embedded PGlite only (EMBEDDED_ONLY in vitest.config.ts); a server template is no DATA_DIR.
  if (spec.kind !== 'pglite') throw new Error(`seededDataDir needs the PGlite snapshot, but this run provides a ${spec.kind} database`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const loadDataDir = new Blob([fs.readFileSync(spec.snapshotPath)]);
  // Opened directly rather than through openDatabase: no DATA_DIR lock to leave behind, and the files are complete
  // once it is closed, before a CLI process opens them.
  const client = await PGlite.create(path.join(dataDir, 'pgdata'), { loadDataDir, startParams: PGLITE_START_PARAMS });
  await client.close();
  return dataDir;
}
