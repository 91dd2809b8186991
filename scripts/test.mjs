#!/usr/bin/env node
// `npm test`: the whole suite. 1) unit + use-case tests on embedded PGlite, 2) the same against a PostgreSQL
// server (DATABASE_URL if set, else a throwaway one on loopback), 3) browser tests in Debian chromium.
// Missing system packages are installed with apt when running as root; otherwise it says the command to run.
// Options: --only=pglite|postgres|e2e (repeatable) to run a part; extra args after -- go to vitest.
import { spawnSync } from 'node:child_process';
import { ensurePackages, PACKAGES } from './system-deps.mjs';
import { startPgServer } from './pg-server.mjs';

const args = process.argv.slice(2);
const only = args.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
const passthrough = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const wants = (part) => only.length === 0 || only.includes(part);

const needed = [];
if (wants('postgres') && !process.env.DATABASE_URL) needed.push(PACKAGES.postgresql);
if (wants('e2e')) needed.push(PACKAGES.chromium);
// pdfinfo checks that every PDF the app makes is tagged (PDF/UA): in the unit tests, and in the browser tests of a
// downloaded letter.
needed.push(PACKAGES.popplerUtils);
ensurePackages(needed);

function vitest(project, env, label) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync('npx', ['vitest', 'run', '--project', project, ...passthrough], { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: ${r.status === 0 ? 'grønn' : 'FEILET'} (${Math.round((Date.now() - started) / 1000)} s) ===`);
  return r.status === 0;
}

const results = [];
const { DATABASE_URL: _ignored, ...envWithoutDb } = process.env;
if (wants('pglite')) results.push(vitest('unit', { ...envWithoutDb, DATABASE_URL: '' }, 'Enhets- og brukstilfelletester på PGlite'));
if (wants('postgres')) {
  let server;
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startPgServer();
    url = server.url;
  }
  try {
    results.push(vitest('unit', { DATABASE_URL: url }, `Enhets- og brukstilfelletester på PostgreSQL (${new URL(url).host})`));
  } finally {
    server?.stop();
  }
}
if (wants('e2e')) results.push(vitest('e2e', { DATABASE_URL: '' }, 'Nettlesertester (Chromium)'));

const failed = results.filter((ok) => !ok).length;
console.log(`\nParts: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
