// The command runs the server compiled into dist/server (ADR 022) and never a stale copy: a source newer than the
// output makes the next start compile again.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script shared with bin/kompetanseloft.js and the install
import { ensureServerBuilt, isServerStale, SERVER_DIST } from '../../scripts/server-build.mjs';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
const MAIN = path.join(SERVER_DIST as string, 'main.js');

describe('the compiled server', () => {
  it('is built with its render worker beside it and is fresh afterwards', async () => {
    const url = (await ensureServerBuilt()) as string | null;
    expect(url).toBe(`file://${MAIN}`);
    expect(fs.existsSync(path.join(SERVER_DIST as string, 'render-worker.js'))).toBe(true);
    expect(isServerStale()).toBe(false);
  });

  it('is compiled again by the command when a source is newer than it', async () => {
    await ensureServerBuilt();
    // Older than every source: as if src/ had been edited after the last build.
    const past = new Date('2000-01-01T00:00:00Z');
    fs.utimesSync(MAIN, past, past);
    expect(isServerStale()).toBe(true);
    const { stdout } = await run('node', [BIN, '--help']);
    expect(stdout).toMatch(/Usage: kompetanseloft/);
    expect(fs.statSync(MAIN).mtimeMs).toBeGreaterThan(past.getTime());
    expect(isServerStale()).toBe(false);
  }, 60_000);
});
