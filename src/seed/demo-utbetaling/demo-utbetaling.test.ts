// The demo's money (issue 15, "Must show": demo data): the decided 2024 round paid in part — its 2024 lines in a batch
// prepared by the case officer, approved by the budsjettdisponent, exported and paid; its 2025 lines unpaid —, part of
// the 2024 owner share held over and part claimed back with a numbered claim letter queued for the worker, an account
// change waiting for confirmation, and e-mails of several kinds in the outbox. Read on the seeded test database (the
// demo seed runs in the tests' global setup); the claim letter is rendered here by the worker's own handler, as it is
// on `npm start`, and its e-mail follows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountChange, auditLog, behovsmeldingRound, emailOutbox, job, organisation, paymentBatch, paymentLine, unusedFunds } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { RENDER_REPAYMENT_CLAIM_JOB } from '../../domain/utbetaling/unused-funds.ts';
import { renderRepaymentClaimHandler } from '../../server/jobs/render-repayment-claim-job.ts';
import { demoActor } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getUtbetalingSettings } from '../../usecases/utbetaling/get-utbetaling-settings.ts';
import { listAccountChanges } from '../../usecases/utbetaling/list-account-changes.ts';
import { listPaymentBatches } from '../../usecases/utbetaling/list-payment-batches.ts';
import { FORUM_OFFICE } from '../demo-forum/members.ts';
import { CLAIMED_KR, HELD_OVER_KR, PAID_ON, REPAYMENT_DAYS, REPAYMENT_KONTONR, seedDemoUtbetaling, UIT_NEW_KONTONR } from './seed.ts';

let database: TestDatabase;
let dataDir: string;
let roundId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-demo-utbetaling-'));
  const [round] = await database.db
    .select()
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet'), eq(behovsmeldingRound.year, 2024)));
  roundId = round!.id;
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo’s money', () => {
  it('the office’s repayment account was set by the case officer', async () => {
    const db = database.db;
    const { settings } = await getUtbetalingSettings({ db, actor: await demoActor(db, 'saksbehandler'), officeId: FORUM_OFFICE });
    expect(settings).toMatchObject({ repaymentKontonr: REPAYMENT_KONTONR, repaymentDays: REPAYMENT_DAYS });
  });

  it('the 2024 round is paid in part: its 2024 lines in one batch, prepared by Siri, approved by Bjørn, exported and paid; 2025 unpaid', async () => {
    const db = database.db;
    const answer = await listPaymentBatches({ db, actor: await demoActor(db, 'saksbehandler'), roundId });
    expect(answer.batches).toHaveLength(1);
    expect(answer.batches[0]).toMatchObject({
      state: 'betalt',
      preparedByName: 'Siri Havlund',
      submittedByName: 'Siri Havlund',
      approvedByName: 'Bjørn Disponent',
      exportedByName: 'Siri Havlund',
      paidOnLocal: PAID_ON,
    });
    expect(answer.batches[0]!.totalKr).toBeGreaterThan(0);
    const lines = await db.select().from(paymentLine).where(eq(paymentLine.roundId, roundId));
    // Approved with the register's account; UiT's share a transfer.
    expect(lines.every((l) => l.approvedAt !== null)).toBe(true);
    expect(lines.filter((l) => l.recipient === 'uh').map((l) => l.kind)).toEqual(['overforing', 'overforing']);
    const payable = answer.lines.filter((l) => l.kind === 'utbetaling');
    expect(payable.filter((l) => l.year === 2024).map((l) => l.payableRestKr)).toEqual([0]);
    expect(payable.filter((l) => l.year === 2025).every((l) => l.paidKr === 0 && l.payableRestKr > 0)).toBe(true);
  });

  it('of the 2024 owner share reported unused, 40 000 is held over to 2025 and 20 000 claimed back with a numbered letter', async () => {
    const db = database.db;
    const rows = await db.select().from(unusedFunds).where(eq(unusedFunds.officeId, FORUM_OFFICE));
    const demo = rows.filter((r) => r.year === 2024 && r.source === 'rapport');
    expect(demo.map((r) => [r.state, r.amountKr, r.targetYear]).sort()).toEqual([
      ['krevd', CLAIMED_KR, null],
      ['overfort', HELD_OVER_KR, 2025],
    ]);
    const claim = demo.find((r) => r.state === 'krevd')!;
    // Numbered after the round's documents in the Troms case; due 30 days after its date (22 January 2025).
    expect(claim).toMatchObject({ claimKontonr: REPAYMENT_KONTONR, claimDueLocal: '2025-02-21', claimLanguage: 'nb' });
    expect(claim.claimDocumentNumber).toMatch(/^2023\/8245-\d+$/);

    // The seed leaves the letter to `serve`'s worker; its handler renders it, and the claim e-mail follows.
    const [queued] = (await db.select().from(job).where(and(eq(job.kind, RENDER_REPAYMENT_CLAIM_JOB), isNull(job.doneAt)))).filter(
      (j) => (j.payload as { unusedFundsId: string }).unusedFundsId === claim.id,
    );
    expect(queued).toBeDefined();
    const kinds = async () => new Set((await db.select({ kind: emailOutbox.kind }).from(emailOutbox)).map((r) => r.kind));
    // The outbox page has mail of several kinds: receipts and the forum's news from the earlier demo, the payment
    // notice of the paid batch; the claim's e-mail waits for its letter.
    const before = await kinds();
    expect(before).toContain('betalingsvarsel');
    expect(before).toContain('kvittering');
    expect(before).not.toContain('tilbakebetalingskrav');
    await renderRepaymentClaimHandler({ db, config: { databaseUrl: database.url, dataDir } })(queued!.payload, queued!);
    const [rendered] = await db.select().from(unusedFunds).where(eq(unusedFunds.id, claim.id));
    expect(rendered!.claimPdfKey).not.toBeNull();
    expect(await kinds()).toContain('tilbakebetalingskrav');
  });

  it('UiT’s account change in the register waits for a case officer', async () => {
    const db = database.db;
    const [uit] = await db.select().from(organisation).where(eq(organisation.name, 'UiT Norges arktiske universitet'));
    expect(uit!.kontonr).toBe(UIT_NEW_KONTONR);
    const [pending] = await db.select().from(accountChange).where(and(eq(accountChange.organisationId, uit!.id), eq(accountChange.state, 'venter')));
    expect(pending).toMatchObject({ newKontonr: UIT_NEW_KONTONR, changedByName: 'Ingrid Bakke' });
    const listed = await listAccountChanges({ db, actor: await demoActor(db, 'saksbehandler'), clock: systemClock, officeId: FORUM_OFFICE });
    expect(listed.changes.find((c) => c.id === pending!.id)).toMatchObject({ state: 'venter' });
  });

  it('seeding again leaves it as it is', async () => {
    const db = database.db;
    const count = async () => ({
      audit: (await db.select().from(auditLog)).length,
      batches: (await db.select().from(paymentBatch)).length,
      unused: (await db.select().from(unusedFunds)).length,
      outbox: (await db.select().from(emailOutbox)).length,
    });
    const before = await count();
    await seedDemoUtbetaling(db);
    expect(await count()).toEqual(before);
  });
});
