// `kompetanseloft archive-export` as a user runs it, through the package bin, against a DATA_DIR holding the demo
// (issue 15, "Must show"): the demo's decided 2024 round is written as one ZIP whose journalposter.json lists each
// document with its metadata and file names, and each listed file is in the ZIP.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../test/seeded-data-dir.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
// The demo as `seed --demo` leaves it, from the run's seeded snapshot (seeding it here took 25–30 s).
let dataDir: string;
beforeAll(async () => {
  dataDir = await seededDataDir('kl-cli-archive-');
});
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
const cli = (...args: string[]) => run('node', [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

type JsonEntry = {
  dokumenttype: string;
  saksnummer: string | null;
  dokumentnummer: string | null;
  journalposttype: string;
  tittel: string;
  dokumentetsDato: string;
  journaldato: string;
  avsender: { name: string } | null;
  mottaker: { name: string } | null;
  filer: { filnavn: string; mangler: boolean }[];
};

describe('kompetanseloft archive-export', () => {
  it('writes the demo round’s archive handover: every listed document with its metadata, every listed file in the ZIP', async () => {
    expect((await cli('archive-export', '--help')).stdout).toMatch(/Usage: kompetanseloft archive-export/);
    const rounds = (await cli('letters', '--list-rounds')).stdout.trim().split('\n').map((l) => l.split('\t'));
    const decided = rounds.find((l) => l[1] === '2024' && l.at(-1) === 'utstedt');
    expect(decided).toBeDefined();

    const out = path.join(dataDir, 'ut', 'arkiv.zip');
    const { stdout } = await cli('archive-export', '--round', decided![0]!, '--out', out);
    expect(stdout).toMatch(/Skrev .*arkiv\.zip \(\d+ journalposter/);
    const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const json = JSON.parse(Buffer.from(files['journalposter.json']!).toString('utf8')) as { utlysning: { aar: number }; journalposter: JsonEntry[] };
    expect(json.utlysning.aar).toBe(2024);
    expect(new Set(json.journalposter.map((j) => j.dokumenttype))).toEqual(new Set(['behovsmelding', 'kvittering', 'innstilling', 'vedtak', 'krav', 'klage']));
    for (const j of json.journalposter) {
      expect(j.saksnummer).toMatch(/^\d{4}\/\d+$/);
      expect(['I', 'U', 'N']).toContain(j.journalposttype);
      expect(j.tittel).not.toBe('');
      expect(j.dokumentetsDato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(j.avsender?.name && j.mottaker?.name).toBeTruthy();
      expect(j.filer.length).toBeGreaterThan(0);
      for (const f of j.filer) {
        expect(f.mangler, f.filnavn).toBe(false);
        expect(files[f.filnavn]?.length, f.filnavn).toBeGreaterThan(0);
      }
    }
    expect(Buffer.from(files['journalposter.csv']!).toString('utf8').trim().split('\r\n')).toHaveLength(json.journalposter.length + 1);

    const bad = await cli('archive-export', '--round', decided![0]!).catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--out FIL.zip') });
  }, 480_000);
});
