// `kompetanseloft innstilling` as a user runs it, through the package bin, against a DATA_DIR holding the demo:
// --list-rounds prints one round a line, its id first, with the innstilling's state; --round writes PDF and DOCX.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../test/seeded-data-dir.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
// The demo as `seed --demo` leaves it, from the run's seeded snapshot (seeding it here took 25–30 s).
let dataDir: string;
beforeAll(async () => {
  dataDir = await seededDataDir('kl-cli-innstilling-');
});
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
const cli = (...args: string[]) => run('node', [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

describe('kompetanseloft innstilling', () => {
  it('lists the rounds, id first, with the innstilling state, and writes a round’s innstilling as PDF and DOCX', async () => {
    expect((await cli('innstilling', '--help')).stdout).toMatch(/Usage: kompetanseloft innstilling/);
    const { stdout } = await cli('innstilling', '--list-rounds');
    const lines = stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(['utkast', 'vedtatt']).toContain(l.at(-1));
    }
    const roundId = lines[0]![0]!;
    for (const [format, magic] of [
      ['pdf', '%PDF-'],
      ['docx', 'PK'],
    ] as const) {
      const out = path.join(dataDir, `innstilling.${format}`);
      await cli('innstilling', '--round', roundId, '--format', format, '--out', out);
      expect(fs.readFileSync(out).subarray(0, magic.length).toString()).toBe(magic);
    }
    const bad = await cli('innstilling', '--round', roundId, '--format', 'xlsx', '--out', 'x').catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Innstillingen skrives som pdf eller docx') });
  }, 180_000);
});
