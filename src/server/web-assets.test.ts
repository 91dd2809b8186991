// The built UI's assets (issue 11): sent pre-compressed by the browser's Accept-Encoding (the build's .br and .gz
// copies, scripts/precompress.ts) and cached for good, since Vite names an asset by its content; index.html is not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { testConfig } from '../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';

const SCRIPT = `console.log(${JSON.stringify('Kompetanseløft '.repeat(200))});\n`;
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html lang="nb"><title>Kompetanseløft</title><div id="root"></div></html>');
  const asset = path.join(webDir, 'assets', 'main-AbC123.js');
  fs.writeFileSync(asset, SCRIPT);
  fs.writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
  database = await createTestDatabase();
  app = await buildApp({ db: database.db, config: testConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-test-data-')) }), webDir });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('the built UI’s assets', () => {
  it('are sent as the Brotli or gzip copy the browser accepts, else as they are, and cached for good', async () => {
    const br = await get('/assets/main-AbC123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await get('/assets/main-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/main-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('serves the page itself (a client route) without long caching', async () => {
    const page = await get('/behovsmeldinger', 'br');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control'] ?? '').not.toContain('immutable');
  });
});
