#!/usr/bin/env node
// The `kompetanseloft` command. Node 20 cannot run TypeScript itself: this small JavaScript file runs the server and
// CLI compiled into dist/server (ADR 022), compiling them first when a source is newer (about 0.1 s), so
// `npx kompetanseloft` and `npm start` work right after `npm install` and after every edit. Where the compiler is
// missing, tsx runs the sources as before (ADR 003).
import { ensureServerBuilt } from '../scripts/server-build.mjs';

const compiled = await ensureServerBuilt();
if (compiled) {
  // Stack traces name the TypeScript sources, not the bundle's lines.
  process.setSourceMapsEnabled(true);
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
