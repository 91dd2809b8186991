// The login page is the first thing everyone loads (ADR 018): it must stay under 300 kB of JavaScript, gzipped, and
// load no module's pages. Runs the production build (a few seconds) into a temporary folder and follows Vite's
// manifest from the entry through its static imports, as the browser does before the page can render.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, loginPageFiles, type Manifest } from '../../scripts/bundle-report.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIMIT_GZIP_BYTES = 300_000;
const PAGE_MODULES = ['page-admin', 'page-arkiv', 'page-behovsmelding', 'page-forum', 'page-org', 'page-questionnaire', 'page-reference', 'page-rounds', 'page-tilsagn', 'page-utbetaling'];

let outDir: string;
let manifest: Manifest;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-bundle-'));
  // A child process, so the build sees NODE_ENV=production (vitest sets it to "test", which would bundle React's
  // development build) and leaves this test's own Vite alone.
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`vite build feilet:\n${built.stdout}\n${built.stderr}`);
  manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('what the login page loads', () => {
  it('is less than 300 kB of JavaScript, gzipped', () => {
    const files = loginPageFiles(manifest);
    const sizes = files.map((file) => ({ file, gzip: gzipSize(fs.readFileSync(path.join(outDir, file))) }));
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    expect(total, sizes.map((s) => `${s.file}: ${(s.gzip / 1000).toFixed(1)} kB`).join('\n')).toBeLessThan(LIMIT_GZIP_BYTES);
  });

  it('leaves every module page to a chunk of its own, fetched when first visited', () => {
    const loaded = new Set(loginPageFiles(manifest));
    const moduleChunks = Object.values(manifest).filter((c) => c.name?.startsWith('page-'));
    expect(moduleChunks.map((c) => c.name).sort()).toEqual(PAGE_MODULES);
    expect(moduleChunks.filter((c) => loaded.has(c.file)).map((c) => c.file)).toEqual([]);
    expect(Object.values(manifest).filter((c) => c.name === 'shared-behovsmelding' && loaded.has(c.file))).toEqual([]);
  });
});
