// `npm install` ends by building the UI (issue 11): once, outside any server process, so the first `npm start`
// only seeds and serves. Skipped when Vite is not installed (an install without dev dependencies); the server
// builds a missing or stale UI at start in that case (src/server/web-build.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

let vite;
try {
  vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  console.log('Vite er ikke installert: brukergrensesnittet bygges ved første start.');
  process.exit(0);
}
console.log('Bygger brukergrensesnittet …');
const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
// A failed build must not fail the install: the server tries again at start and says what went wrong there.
if (result.status !== 0) console.warn('Byggingen av brukergrensesnittet feilet; den prøves igjen ved start.');
