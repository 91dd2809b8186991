// Builds the React UI with Vite when dist/web is missing or older than its sources, so `npm start` on a fresh
// clone needs no separate build step.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
const SOURCES = [path.join(ROOT, 'src/web'), path.join(ROOT, 'src/domain'), path.join(ROOT, 'index.html'), path.join(ROOT, 'vite.config.ts')];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((e) => newestMtime(path.join(p, e))));
}

export function isWebStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

/**
 * Builds the UI in a child process (issue 11): Vite and its bundler hold some 400 MB while they work, and memory a
 * Node process has taken is not given back, so a server that built in-process kept it for as long as it ran. The
 * build writes Brotli and gzip copies of its assets (scripts/precompress.ts) that the server sends as they are.
 */
export async function ensureWebBuilt(): Promise<void> {
  if (!isWebStale()) return;
  console.log('Bygger brukergrensesnittet …');
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Byggingen av brukergrensesnittet feilet (kode ${code})`))));
  });
}

/** `serve --dev`: builds the UI and keeps rebuilding it when its sources change; resolves after the first build. */
export async function watchWeb(): Promise<{ close: () => Promise<void> }> {
  const { build } = await import('vite');
  console.log('Bygger brukergrensesnittet og bygger det på nytt ved endringer …');
  const watcher = (await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { watch: {} } })) as {
    on: (event: 'event', listener: (e: { code: string; error?: Error }) => void) => void;
    close: () => Promise<void>;
  };
  await new Promise<void>((resolve, reject) =>
    watcher.on('event', (e) => {
      if (e.code === 'END') resolve();
      if (e.code === 'ERROR') reject(e.error ?? new Error('Byggingen av brukergrensesnittet feilet'));
    }),
  );
  return watcher;
}
