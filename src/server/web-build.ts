// Builds the React UI with Vite when dist/web is missing or older than its sources, so `npm start` on a fresh
// clone needs no separate build step.
import fs from 'node:fs';
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

export async function ensureWebBuilt(): Promise<void> {
  if (!isWebStale()) return;
  const { build } = await import('vite');
  console.log('Bygger brukergrensesnittet …');
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
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
