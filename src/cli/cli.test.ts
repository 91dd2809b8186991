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
    for (const args of [[], ['migrate'], ['seed'], ['users'], ['serve'], ['export', 'behovsmelding']]) {
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

  it('exports the demo behovsmelding: --list puts the id first; JSON, PDF and the round as XLSX and ZIP', async () => {
    const { stdout } = await cli('export', 'behovsmelding', '--list');
    const lines = stdout.trim().split('\n').map((l) => l.split('\t'));
    const sorTroms = lines.find((l) => l[2] === 'Kompetanseløftet Sør-Troms og Evenes');
    expect(sorTroms?.[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sorTroms?.slice(1)).toEqual(['Behovsmeldinger 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis', 'Kompetanseløftet Sør-Troms og Evenes', 'sendt']);

    const json = path.join(dataDir, 'st.json');
    await cli('export', 'behovsmelding', sorTroms![0]!, '--format', 'json', '--out', json);
    const exported = JSON.parse(fs.readFileSync(json, 'utf8')) as { metadata: { documentNumber: string; round: { id: string } }; parts: { computed: { owner: number } }[] };
    expect(exported.metadata.documentNumber).toBe('2023/8245-1');
    expect(exported.parts.map((p) => p.computed.owner)).toEqual([1_121_060, 59_000]);

    const pdf = path.join(dataDir, 'st.pdf');
    await cli('export', 'behovsmelding', sorTroms![0]!, '--format', 'pdf', '--out', pdf);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    for (const format of ['xlsx', 'zip']) {
      const out = path.join(dataDir, `round.${format}`);
      await cli('export', 'behovsmelding', '--round', exported.metadata.round.id, '--format', format, '--out', out);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
    const bad = await cli('export', 'behovsmelding', sorTroms![0]!, '--format', 'xlsx', '--out', pdf).catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('En behovsmelding eksporteres som json, pdf, docx') });
  }, 120_000);
});
