import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { databaseFileStore, diskFileStore, type FileStore } from './file-store.ts';

let database: TestDatabase;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-files-'));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ['DATA_DIR', () => diskFileStore(dataDir)],
  ['database', () => databaseFileStore(database.db)],
];

describe.each(stores)('file store in %s', (_name, make) => {
  it('stores, returns byte for byte, replaces and deletes', async () => {
    const store = make();
    const data = Buffer.from([0, 1, 2, 255, ...Buffer.from('budsjett æøå')]);
    await store.put({ key: 'vedlegg-1.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data });
    const got = await store.get('vedlegg-1.xlsx');
    expect(got?.data.equals(data)).toBe(true);
    expect(got?.size).toBe(data.length);
    await store.put({ key: 'vedlegg-1.xlsx', contentType: 'text/plain', data: Buffer.from('ny') });
    expect((await store.get('vedlegg-1.xlsx'))?.data.toString()).toBe('ny');
    await store.delete('vedlegg-1.xlsx');
    expect(await store.get('vedlegg-1.xlsx')).toBeUndefined();
  });

  it('refuses keys that could escape the store', async () => {
    await expect(make().put({ key: '../etc/passwd', contentType: 'text/plain', data: Buffer.from('x') })).rejects.toThrow(/unsafe/);
  });
});
