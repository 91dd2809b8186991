// The demo's money (issue 15, "Must show": demo data): Troms og Finnmark's Kompetanseløftet 2024 round, decided by
// src/seed/demo-tilsagn/, played on through the utbetaling use cases on the real 2024–2025 calendar (fixed clocks):
// - Siri sets the office's repayment account and days (what a repayment claim names);
// - she makes the round's payment plan and approves it: each line takes its account from the register (Harstad
//   kommune, the payee, has one in reference-data/demo.json; UiT, a state UH, is a transfer and needs none);
// - she prepares a batch of the 2024 lines and sends it; Bjørn Disponent, who had no hand in it, approves it; Siri
//   writes the finance file (the result is discarded: the export use case marks the batch 'eksportert') and marks it
//   paid on 15 March 2024. The 2025 lines are left unpaid, so the round is paid in part;
// - in January 2025 the partnership reports 60 000 of the 2024 owner share unused: 40 000 is held over to 2025 (the
//   partnership has no Kompetanseløftet behovsmelding in a later demo round, so it shows on the plan's next year), and
//   20 000 is claimed back — the claim letter is numbered in the Troms case and queued for rendering like the tilsagn
//   letters: `serve`'s worker renders it at start, and the claim e-mail follows;
// - UiT's own contact enters an account in the register: a change waiting for a case officer's confirmation. Not
//   Harstad kommune's: the payment-plan tests change Harstad's account on this same seeded database, and a change
//   already waiting there would be moved instead of opened.
// The use cases queue their e-mails (payment notice, claim); the worker writes them as .eml files in embedded mode.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound, organisation, paymentBatch, paymentLine } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { updateOrganisation } from '../../usecases/org/update-organisation.ts';
import { approvePaymentBatch } from '../../usecases/utbetaling/approve-payment-batch.ts';
import { approvePaymentPlan } from '../../usecases/utbetaling/approve-payment-plan.ts';
import { createPaymentBatch } from '../../usecases/utbetaling/create-payment-batch.ts';
import { decideUnusedFunds } from '../../usecases/utbetaling/decide-unused-funds.ts';
import { exportPaymentFile } from '../../usecases/utbetaling/export-payment-file.ts';
import { listPaymentBatches } from '../../usecases/utbetaling/list-payment-batches.ts';
import { makePaymentPlan } from '../../usecases/utbetaling/make-payment-plan.ts';
import { markPaymentBatchPaid } from '../../usecases/utbetaling/mark-payment-batch-paid.ts';
import { registerUnusedFunds } from '../../usecases/utbetaling/register-unused-funds.ts';
import { submitPaymentBatch } from '../../usecases/utbetaling/submit-payment-batch.ts';
import { updateUtbetalingSettings } from '../../usecases/utbetaling/update-utbetaling-settings.ts';
import { actorByEmail } from '../demo-behovsmelding/seed-helpers.ts';
import { FORUM_OFFICE } from '../demo-forum/members.ts';
import { TILSAGN_PARTNERSHIP } from '../demo-tilsagn/decided-round.ts';

const at = (iso: string) => fixedClock(iso);
const SETTINGS_SET = at('2024-02-19T09:00:00+01:00');
const PLAN_MADE = at('2024-02-26T10:00:00+01:00');
const BATCH_PREPARED = at('2024-03-04T10:00:00+01:00');
const BATCH_SUBMITTED = at('2024-03-04T10:30:00+01:00');
const BATCH_APPROVED = at('2024-03-06T09:00:00+01:00');
const BATCH_EXPORTED = at('2024-03-07T11:00:00+01:00');
const PAID_MARKED = at('2024-03-18T09:30:00+01:00');
/** The day the finance system paid the batch (Oslo). */
export const PAID_ON = '2024-03-15';
const UNUSED_REGISTERED = at('2025-01-15T10:00:00+01:00');
const UNUSED_DECIDED = at('2025-01-22T13:00:00+01:00');
const ACCOUNT_CHANGED = at('2025-02-03T08:45:00+01:00');

/** The office's account for repayments (a valid kontonr, mod 11). */
export const REPAYMENT_KONTONR = '76940501004';
export const REPAYMENT_DAYS = 30;
/** Of the 2024 owner share, reported unused: held over and claimed back. */
export const HELD_OVER_KR = 40_000;
export const CLAIMED_KR = 20_000;
/** The account UiT's contact enters in the register (valid, mod 11). */
export const UIT_NEW_KONTONR = '63450601006';
const UIT_NAME = 'UiT Norges arktiske universitet';

const REPORT_NOTE = 'Rapporten for 2024 viser 60 000 kroner ubrukt av eiernes andel: to samlinger ble avlyst.';

/** The 2024 round's money as the module header tells; once (a database whose round has a batch is left as it is). */
export async function seedDemoUtbetaling(db: Db): Promise<void> {
  const [round] = await db
    .select({ id: behovsmeldingRound.id })
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet'), eq(behovsmeldingRound.year, 2024)));
  if (!round) throw new Error('demo utbetaling: no Kompetanseløftet 2024 round');
  const [paid] = await db.select({ id: paymentBatch.id }).from(paymentBatch).where(eq(paymentBatch.roundId, round.id)).limit(1);
  if (paid) return;

  const siri = await actorByEmail(db, 'siri.saksbehandler@example.org');
  const bjorn = await actorByEmail(db, 'bjorn.disponent@example.org');

  await updateUtbetalingSettings({ db, actor: siri, clock: SETTINGS_SET, officeId: FORUM_OFFICE, input: { repaymentKontonr: REPAYMENT_KONTONR, repaymentDays: REPAYMENT_DAYS } });
  await makePaymentPlan({ db, actor: siri, clock: PLAN_MADE, roundId: round.id });
  await approvePaymentPlan({ db, actor: siri, clock: PLAN_MADE, roundId: round.id });

  // The 2024 lines that can go into a file (UiT's transfer is listed, never paid by file).
  const { lines } = await listPaymentBatches({ db, actor: siri, roundId: round.id });
  const due = lines.filter((l) => l.year === 2024 && l.blockedReason === null && l.payableRestKr > 0);
  if (due.length === 0) throw new Error('demo utbetaling: no payable 2024 line in the plan');
  const created = await createPaymentBatch({ db, actor: siri, clock: BATCH_PREPARED, roundId: round.id, input: { items: due.map((l) => ({ lineId: l.lineId })) } });
  const batchId = created.batch.id;
  const submitted = await submitPaymentBatch({ db, actor: siri, clock: BATCH_SUBMITTED, batchId, input: { expectedVersion: created.batch.version } });
  await approvePaymentBatch({ db, actor: bjorn, clock: BATCH_APPROVED, batchId, input: { expectedVersion: submitted.batch.version } });
  await exportPaymentFile({ db, actor: siri, clock: BATCH_EXPORTED, batchId, format: 'csv' });
  // The export answers with the file, not the batch: its version is read back, as the page would after the download.
  await markPaymentBatchPaid({ db, actor: siri, clock: PAID_MARKED, batchId, input: { expectedVersion: await batchVersion(db, batchId), paidOnLocal: PAID_ON } });

  // The partnership's report for 2024: part of the owners' share unused, registered as two sums the office decides
  // apart (a registration is decided once, wholly).
  const [line] = await db
    .select()
    .from(paymentLine)
    .where(and(eq(paymentLine.roundId, round.id), eq(paymentLine.year, 2024), eq(paymentLine.recipient, 'owner')));
  if (!line) throw new Error(`demo utbetaling: no 2024 owner line of ${TILSAGN_PARTNERSHIP}`);
  const register = (amountKr: number) =>
    registerUnusedFunds({ db, actor: siri, clock: UNUSED_REGISTERED, vedtakId: line.vedtakId, input: { year: 2024, recipient: 'owner', recipientOrgId: line.recipientOrgId, amountKr, source: 'rapport', note: REPORT_NOTE } });
  const heldOver = (await register(HELD_OVER_KR)).unused;
  const claimed = (await register(CLAIMED_KR)).unused;
  await decideUnusedFunds({
    db,
    actor: siri,
    clock: UNUSED_DECIDED,
    id: heldOver.id,
    input: {
      decision: 'overfort',
      reason: 'Samlingene som ble avlyst, holdes høsten 2025. Kontoret samtykker i at midlene overføres til samme tiltak i 2025.',
      expectedVersion: heldOver.version,
    },
  });
  await decideUnusedFunds({
    db,
    actor: siri,
    clock: UNUSED_DECIDED,
    id: claimed.id,
    input: {
      decision: 'krevd',
      reason: 'Midlene er ikke brukt til formålet i tilskuddsåret, og det er ikke søkt om å overføre dem. Tilskuddsmottakeren må betale dem tilbake.',
      expectedVersion: claimed.version,
    },
  });

  // A change of account in the register, waiting for a case officer.
  const ingrid = await actorByEmail(db, 'ingrid.uh@example.org');
  const [uit] = await db.select().from(organisation).where(eq(organisation.name, UIT_NAME));
  if (!uit) throw new Error('demo utbetaling: no UiT');
  const { kind, name, orgnr, email, phone, address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, version } = uit;
  await updateOrganisation({
    db,
    actor: ingrid,
    clock: ACCOUNT_CHANGED,
    id: uit.id,
    input: { kind, name, orgnr, kontonr: UIT_NEW_KONTONR, email, phone: phone ?? '', address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, expectedVersion: version },
  });
}

async function batchVersion(db: Db, batchId: string): Promise<number> {
  const [row] = await db.select({ version: paymentBatch.version }).from(paymentBatch).where(eq(paymentBatch.id, batchId));
  if (!row) throw new Error('demo utbetaling: the batch is gone');
  return row.version;
}
