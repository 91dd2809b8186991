// The CLI as a user runs it: `npx kompetanseloft` through the package bin, against a fresh DATA_DIR.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const cli = (...args: string[]) => run('node', [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

describe('kompetanseloft CLI', () => {
  it('has --help on every command', async () => {
    for (const args of [[], ['migrate'], ['seed'], ['users'], ['serve']]) {
      const { stdout } = await cli(...args, '--help');
      expect(stdout).toMatch(/Usage: kompetanseloft/);
    }
  });

  it('migrates, seeds demo data once, and lists the demo users', async () => {
    expect((await cli('migrate')).stdout).toContain('Databasen er oppdatert.');
    expect((await cli('seed', '--demo')).stdout).toContain('Demodata er lagt inn.');
    const again = await cli('seed', '--demo').catch((e: { stderr: string; code: number }) => e);
    expect(again).toMatchObject({ code: 2 });
    const { stdout } = await cli('users', 'list', '--json');
    const users = JSON.parse(stdout) as { name: string; roles: string[] }[];
    expect(users.find((u) => u.name === 'Siri Havlund')?.roles).toEqual(['saksbehandler@troms-og-finnmark']);
    expect(users.length).toBeGreaterThanOrEqual(7);
  }, 120_000);
});
