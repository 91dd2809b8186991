// `kompetanseloft payments` as a user runs it, through the package bin, against a DATA_DIR holding the demo: a
// round with an approved payment batch gets its file written as CSV and as XLSX (the approved amount and account,
// not a draft batch's), and a round with no approved batch is an error with a Norwegian message and exit code 2.
// The batches are made in the same database between runs of the CLI (it holds the data folder only while it runs).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { paymentLine, vedtak } from '../db/schema/index.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { demoActor } from '../test/actors.ts';
import { partnershipByName, SOR_TROMS } from '../test/org-lookups.ts';
import { insertApprovedRound } from '../test/tilsagn-letters-fixture.ts';
import { seededDataDir } from '../test/seeded-data-dir.ts';
import { approvePaymentBatch } from '../usecases/utbetaling/approve-payment-batch.ts';
import { createPaymentBatch } from '../usecases/utbetaling/create-payment-batch.ts';
import { submitPaymentBatch } from '../usecases/utbetaling/submit-payment-batch.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
// The demo as `seed --demo` leaves it, from the run's seeded snapshot (seeding it here took 25–30 s).
let dataDir: string;
beforeAll(async () => {
  dataDir = await seededDataDir('kl-cli-payments-');
});
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
const cli = (...args: string[]) => run('node', [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

/** Two rounds: one whose accepted tilsagn has an approved batch of 120 000 kr and a draft of 30 000 kr, one with none. */
async function rounds(): Promise<{ paid: string; none: string }> {
  const database = await openDatabase({ dataDir, lock: 'cli' });
  try {
    const db = database.db;
    const sorTroms = await partnershipByName(db, SOR_TROMS);
    const make = (year: number, caseNumber: string) =>
      insertApprovedRound(db, {
        officeId: 'troms-og-finnmark',
        year,
        countyNumber: '55',
        caseNumber,
        decisions: [{ partnershipId: sorTroms.id, kind: 'tilsagn', lines: [{ year, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 250_000 }] }],
      });
    const round = await make(2084, '2084/5150');
    const none = await make(2085, '2085/5150');
    const at = new Date('2084-04-01T10:00:00Z');
    await db.update(vedtak).set({ documentNumber: '2084/5150-1', issuedAt: at, acceptedAt: at, acceptedByName: 'Ola' }).where(eq(vedtak.id, round.vedtakIds[0]!));
    const [line] = await db
      .insert(paymentLine)
      .values({
        officeId: 'troms-og-finnmark',
        roundId: round.roundId,
        vedtakId: round.vedtakIds[0]!,
        year: 2084,
        recipient: 'owner',
        recipientOrgId: sorTroms.payeeId,
        kind: 'utbetaling',
        amountKr: 250_000,
        kontonr: '12345678903',
        approvedAt: at,
        approvedByName: 'Siri',
      })
      .returning();
    const siri = await demoActor(db, 'saksbehandler');
    const made = await createPaymentBatch({ db, actor: siri, clock: systemClock, roundId: round.roundId, input: { items: [{ lineId: line!.id, amountKr: 120_000 }] } });
    const sent = await submitPaymentBatch({ db, actor: siri, clock: systemClock, batchId: made.batch.id, input: { expectedVersion: made.batch.version } });
    await approvePaymentBatch({ db, actor: await demoActor(db, 'budsjettdisponent'), clock: systemClock, batchId: made.batch.id, input: { expectedVersion: sent.batch.version } });
    await createPaymentBatch({ db, actor: siri, clock: systemClock, roundId: round.roundId, input: { items: [{ lineId: line!.id, amountKr: 30_000 }] } });
    return { paid: round.roundId, none: none.roundId };
  } finally {
    await database.close();
  }
}

describe('kompetanseloft payments', () => {
  it("writes the round's approved payment file as CSV and XLSX, and refuses a round with none", async () => {
    expect((await cli('payments', '--help')).stdout).toMatch(/Usage: kompetanseloft payments/);
    const { paid, none } = await rounds();

    const csvFile = path.join(dataDir, 'ut', 'utbetaling.csv');
    const { stdout } = await cli('payments', '--round', paid, '--format', 'csv', '--out', csvFile);
    expect(stdout).toContain('1 utbetalinger fra 1 godkjente bunter');
    const csv = fs.readFileSync(csvFile, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(';12345678903;120000;2084/5150;2084/5150-1;');
    expect(csv).not.toContain('30000');

    const xlsxFile = path.join(dataDir, 'ut', 'utbetaling.xlsx');
    await cli('payments', '--round', paid, '--format', 'xlsx', '--out', xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.getWorksheet('Utbetaling')!;
    expect(sheet.rowCount).toBe(2);
    expect([sheet.getRow(2).getCell(3).value, sheet.getRow(2).getCell(4).value]).toEqual(['12345678903', 120_000]);

    const refused = await cli('payments', '--round', none, '--format', 'csv', '--out', path.join(dataDir, 'ingen.csv')).catch((e: { stderr: string; code: number }) => e);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('Utlysningen har ingen godkjente utbetalinger å skrive til fil') });
    expect(fs.existsSync(path.join(dataDir, 'ingen.csv'))).toBe(false);
    const bad = await cli('payments', '--round', paid, '--format', 'pdf', '--out', 'x').catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Utbetalingsfilen skrives som csv eller xlsx') });
  }, 600_000);
});
