// Payment batches for the access matrix (issue 15, point 1): a round per office whose tilsagn is issued and
// accepted, with its payment plan approved (lines written straight into payment_line: making and approving the plan
// is another area's), and a batch in a given state made through the use cases — prepared and sent by Siri (the own
// office) or the admin (the other: Siri works at the own office only), approved by Bjørn the budsjettdisponent
// (written directly at the other office, which has no budsjettdisponent in the demo), exported and paid directly.
//
// `paymentBatchFixtures` is made once per database, for cells that only read or are refused; `matrixPaymentRound`
// and `matrixPaymentBatch` make fresh ones, for cells that change them.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { paymentBatch, paymentLine, vedtak, vedtakLine } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import type { TPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { demoActor } from '../../test/actors.ts';
import { approvePaymentBatch } from '../../usecases/utbetaling/approve-payment-batch.ts';
import { createPaymentBatch } from '../../usecases/utbetaling/create-payment-batch.ts';
import { submitPaymentBatch } from '../../usecases/utbetaling/submit-payment-batch.ts';
import type { Fixtures } from './fixtures.ts';
import type { Tenancy } from './matrix.ts';
import { matrixVedtakBatch } from './tilsagn-fixtures.ts';

export type MatrixPaymentRound = { roundId: string; officeId: string; lineIds: string[] };
export type MatrixPaymentBatch = MatrixPaymentRound & { batchId: string; version: number };

/** A fresh round of the tenancy's office: its tilsagn issued and accepted, its plan approved with accounts. */
export async function matrixPaymentRound(db: Db, fx: Fixtures, tenancy: Tenancy): Promise<MatrixPaymentRound> {
  const batch = await matrixVedtakBatch(db, fx, tenancy, 'utstedt');
  const at = new Date();
  const lineIds: string[] = [];
  for (const [n, d] of batch.decisions.entries()) {
    const [v] = await db
      .update(vedtak)
      .set({ documentNumber: `2099/${batch.year}-${n + 1}`, acceptedAt: at, acceptedByName: 'Matrise' })
      .where(eq(vedtak.id, d.id))
      .returning();
    if (v!.kind !== 'tilsagn') continue;
    for (const l of await db.select().from(vedtakLine).where(eq(vedtakLine.vedtakId, v!.id))) {
      const [row] = await db
        .insert(paymentLine)
        .values({
          officeId: fx.office[tenancy],
          roundId: batch.roundId,
          vedtakId: v!.id,
          year: l.year,
          recipient: l.recipient,
          recipientOrgId: l.recipientOrgId,
          kind: 'utbetaling',
          amountKr: l.amountKr,
          kontonr: '12345678903',
          approvedAt: at,
          approvedByName: 'Matrise',
        })
        .returning();
      lineIds.push(row!.id);
    }
  }
  return { roundId: batch.roundId, officeId: fx.office[tenancy], lineIds };
}

/** A fresh batch in `state` holding 10 000 kr of the round's first line. */
export async function matrixPaymentBatch(db: Db, fx: Fixtures, tenancy: Tenancy, state: TPaymentBatchState, round?: MatrixPaymentRound): Promise<MatrixPaymentBatch> {
  const r = round ?? (await matrixPaymentRound(db, fx, tenancy));
  const preparer = tenancy === 'own' ? await demoActor(db, 'saksbehandler') : await demoActor(db, 'admin');
  let answer = await createPaymentBatch({ db, actor: preparer, clock: systemClock, roundId: r.roundId, input: { items: [{ lineId: r.lineIds[0]!, amountKr: 10_000 }] } });
  const id = answer.batch.id;
  if (state !== 'utkast') answer = await submitPaymentBatch({ db, actor: preparer, clock: systemClock, batchId: id, input: { expectedVersion: answer.batch.version } });
  if (state === 'godkjent' || state === 'eksportert' || state === 'betalt') {
    if (tenancy === 'own') await approvePaymentBatch({ db, actor: await demoActor(db, 'budsjettdisponent'), clock: systemClock, batchId: id, input: { expectedVersion: answer.batch.version } });
    else await db.update(paymentBatch).set({ state: 'godkjent', approvedAt: new Date(), approvedByName: 'Matrise' }).where(eq(paymentBatch.id, id));
  }
  if (state === 'eksportert' || state === 'betalt') await db.update(paymentBatch).set({ state: 'eksportert', exportedAt: new Date(), exportedByName: 'Matrise' }).where(eq(paymentBatch.id, id));
  if (state === 'betalt') await db.update(paymentBatch).set({ state: 'betalt', paidOnLocal: '2026-01-15', paidMarkedByName: 'Matrise' }).where(eq(paymentBatch.id, id));
  const [row] = await db.select({ version: paymentBatch.version }).from(paymentBatch).where(eq(paymentBatch.id, id));
  return { ...r, batchId: id, version: row!.version };
}

export type PaymentBatchFixtures = Record<Tenancy, { round: MatrixPaymentRound } & Record<'utkast' | 'til-godkjenning' | 'godkjent' | 'eksportert', MatrixPaymentBatch>>;

const made = new WeakMap<Db, Promise<PaymentBatchFixtures>>();

export function paymentBatchFixtures(db: Db, fx: Fixtures): Promise<PaymentBatchFixtures> {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
}

async function make(db: Db, fx: Fixtures): Promise<PaymentBatchFixtures> {
  const out = {} as PaymentBatchFixtures;
  for (const tenancy of ['own', 'other'] as const) {
    const round = await matrixPaymentRound(db, fx, tenancy);
    out[tenancy] = {
      round,
      utkast: await matrixPaymentBatch(db, fx, tenancy, 'utkast', round),
      'til-godkjenning': await matrixPaymentBatch(db, fx, tenancy, 'til-godkjenning', round),
      godkjent: await matrixPaymentBatch(db, fx, tenancy, 'godkjent', round),
      eksportert: await matrixPaymentBatch(db, fx, tenancy, 'eksportert', round),
    };
  }
  return out;
}
