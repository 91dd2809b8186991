// `npm install` ends by building what `npm start` runs (issue 11): the server compiled into dist/server (ADR 022)
// and the UI, once, outside any server process, so the first `npm start` only seeds and serves. The UI is skipped
// when Vite is not installed (an install without dev dependencies); the server then builds a missing or stale UI
// at start (src/server/web-build.ts). Neither failure fails the install: the start tries again and says why.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureServerBuilt } from './server-build.mjs';

console.log('Kompilerer serveren …');
await ensureServerBuilt();

let vite;
try {
  vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  console.log('Vite er ikke installert: brukergrensesnittet bygges ved første start.');
  process.exit(0);
}
console.log('Bygger brukergrensesnittet …');
const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('Byggingen av brukergrensesnittet feilet; den prøves igjen ved start.');
