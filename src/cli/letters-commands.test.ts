// `kompetanseloft letters` as a user runs it, through the package bin, against a DATA_DIR holding the demo:
// --list-rounds prints one round a line, its id first, with its decision state; --round writes every issued letter
// of the round into the folder, one file per letter named by document number, as PDF or DOCX. The issued list is
// made in the same database between two runs of the CLI (it holds the data folder only while it runs).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { demoActor } from '../test/actors.ts';
import { partnershipByName, SOR_TROMS } from '../test/org-lookups.ts';
import { insertApprovedRound } from '../test/tilsagn-letters-fixture.ts';
import { seededDataDir } from '../test/seeded-data-dir.ts';
import { issueVedtakBatch } from '../usecases/tilsagn/issue-vedtak-batch.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
// The demo as `seed --demo` leaves it, from the run's seeded snapshot (seeding it here took 25–30 s).
let dataDir: string;
beforeAll(async () => {
  dataDir = await seededDataDir('kl-cli-letters-');
});
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
const cli = (...args: string[]) => run('node', [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

/** An approved list of two decisions (a tilsagn and an avslag) in a round of its own, issued. */
async function issuedRound(): Promise<string> {
  const database = await openDatabase({ dataDir, lock: 'cli' });
  try {
    const db = database.db;
    const sorTroms = await partnershipByName(db, SOR_TROMS);
    const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
    const round = await insertApprovedRound(db, {
      officeId: 'troms-og-finnmark',
      year: 2082,
      countyNumber: '55',
      caseNumber: '2082/5150',
      decisions: [
        { partnershipId: sorTroms.id, kind: 'tilsagn', lines: [{ year: 2082, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 250_000 }] },
        { partnershipId: nordTroms.id, kind: 'avslag' },
      ],
    });
    await issueVedtakBatch({ db, actor: await demoActor(db, 'saksbehandler'), clock: systemClock, batchId: round.batchId });
    return round.roundId;
  } finally {
    await database.close();
  }
}

describe('kompetanseloft letters', () => {
  it('lists the rounds, id first, with the decision state, and writes every issued letter of a round as PDF and DOCX', async () => {
    expect((await cli('letters', '--help')).stdout).toMatch(/Usage: kompetanseloft letters/);
    const roundId = await issuedRound();

    const { stdout } = await cli('letters', '--list-rounds');
    const lines = stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(l[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(['ingen', 'utkast', 'til-godkjenning', 'godkjent', 'utstedt']).toContain(l.at(-1));
    }
    expect(lines.find((l) => l[0] === roundId)?.at(-1)).toBe('utstedt');

    for (const [format, magic] of [
      ['pdf', '%PDF-'],
      ['docx', 'PK'],
    ] as const) {
      const out = path.join(dataDir, `brev-${format}`);
      await cli('letters', '--round', roundId, '--format', format, '--out', out);
      const written = fs.readdirSync(out).sort();
      // Numbered in the list's order (by partnership name): Nord-Troms's avslag, then Sør-Troms's tilsagn.
      expect(written).toEqual([`2082-5150-1.${format}`, `2082-5150-2.${format}`]);
      for (const name of written) expect(fs.readFileSync(path.join(out, name)).subarray(0, magic.length).toString()).toBe(magic);
    }
    const bad = await cli('letters', '--round', roundId, '--format', 'xlsx', '--out', 'x').catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Brevene skrives som pdf eller docx') });
  }, 240_000);
});
