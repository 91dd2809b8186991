// A round at Troms og Finnmark whose tilsagn (Sør-Troms og Evenes over three years, the owners' share to Harstad
// kommune and UiT's) went through the decision's use cases — prepared and sent by the case officer Siri, approved by
// Bjørn, the budsjettdisponent — and was issued, then brought as far as a payment-plan test needs: accepted, its plan
// made, approved. Issuing and accepting are written straight into the decision, as their use cases leave it (letters
// and acceptance are tested in the tilsagn module). Rounds are in years 6100 onwards, far from the other fixtures'.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { behovsmeldingRound, behovsmeldingRoundCase, paymentLine, vedtak, vedtakBatch } from '../db/schema/index.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { acceptVedtak } from '../usecases/tilsagn/accept-vedtak.ts';
import { approveVedtakBatch } from '../usecases/tilsagn/approve-vedtak-batch.ts';
import { issueVedtakBatch } from '../usecases/tilsagn/issue-vedtak-batch.ts';
import { prepareRoundVedtak } from '../usecases/tilsagn/prepare-round-vedtak.ts';
import { submitVedtakBatch } from '../usecases/tilsagn/submit-vedtak-batch.ts';
import { approvePaymentPlan } from '../usecases/utbetaling/approve-payment-plan.ts';
import { makePaymentPlan } from '../usecases/utbetaling/make-payment-plan.ts';
import { demoActor, type DemoActorKey } from './actors.ts';
import { OFFICE } from './forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from './org-lookups.ts';
import { insertAdoptedRound, type AdoptedApplication } from './tilsagn-fixture.ts';

export type PlanStage = 'issued' | 'accepted' | 'made' | 'approved';
export type TestPlanLine = { id: string; year: number; recipient: string; recipientOrgId: string; kind: string; amountKr: number; kontonr: string | null; version: number };
export type TestPlan = { roundId: string; year: number; vedtakId: string; partnershipId: string; lines: TestPlanLine[] };

const FIRST_YEAR = 6100;
const nextYear = new WeakMap<Db, number>();

async function freshYear(db: Db): Promise<number> {
  let year = nextYear.get(db) ?? FIRST_YEAR;
  const taken = new Set((await db.select({ year: behovsmeldingRound.year }).from(behovsmeldingRound)).map((r) => r.year));
  while (taken.has(year)) year += 1;
  nextYear.set(db, year + 1);
  return year;
}

/** A fresh round with Sør-Troms og Evenes's tilsagn issued and brought to `stage`. */
export async function plannedTestRound(db: Db, stage: PlanStage): Promise<TestPlan> {
  const year = await freshYear(db);
  const p = await partnershipByName(db, SOR_TROMS);
  const uit = await orgId(db, UIT);
  const years = [year, year + 1, year + 2];
  const { round } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year,
    applications: [
      {
        partnershipId: p.id,
        priority: 1,
        lines: years.flatMap((y) => [
          { year: y, recipient: 'owner' as const, amountKr: 100_000 },
          { year: y, recipient: 'uh' as const, recipientOrgId: uit, amountKr: 50_000 },
        ]),
      },
    ],
  });
  const siri = await demoActor(db, 'saksbehandler');
  const ctx = { db, clock: systemClock };
  const prepared = await prepareRoundVedtak({ ...ctx, actor: siri, roundId: round.id });
  const batchId = prepared.batches[0]!.id;
  const submitted = await submitVedtakBatch({ ...ctx, actor: siri, batchId, input: { expectedVersion: prepared.batches[0]!.version } });
  await approveVedtakBatch({ ...ctx, actor: await demoActor(db, 'budsjettdisponent'), batchId, input: { expectedVersion: submitted.batches[0]!.version } });
  const at = new Date();
  await db.update(vedtakBatch).set({ state: 'utstedt', issuedAt: at, issuedByName: siri.name }).where(eq(vedtakBatch.id, batchId));
  await db.update(vedtak).set({ issuedAt: at }).where(eq(vedtak.batchId, batchId));
  const [tilsagn] = await db.select({ id: vedtak.id }).from(vedtak).where(and(eq(vedtak.batchId, batchId), eq(vedtak.kind, 'tilsagn')));
  if (stage !== 'issued') {
    const coordinator = await demoActor(db, 'koordinator');
    await db.update(vedtak).set({ acceptedAt: at, acceptedByUserId: coordinator.userId, acceptedByName: coordinator.name }).where(eq(vedtak.id, tilsagn!.id));
  }
  if (stage === 'made' || stage === 'approved') await makePaymentPlan({ ...ctx, actor: siri, roundId: round.id });
  if (stage === 'approved') await approvePaymentPlan({ ...ctx, actor: siri, roundId: round.id });
  return { roundId: round.id, year, vedtakId: tilsagn!.id, partnershipId: p.id, lines: await planLinesOf(db, tilsagn!.id) };
}

/** A decision's plan lines as they stand now (their versions move when approved or moved to a new account). */
export async function planLinesOf(db: Db, vedtakId: string): Promise<TestPlanLine[]> {
  return db
    .select({
      id: paymentLine.id,
      year: paymentLine.year,
      recipient: paymentLine.recipient,
      recipientOrgId: paymentLine.recipientOrgId,
      kind: paymentLine.kind,
      amountKr: paymentLine.amountKr,
      kontonr: paymentLine.kontonr,
      version: paymentLine.version,
    })
    .from(paymentLine)
    .where(eq(paymentLine.vedtakId, vedtakId))
    .orderBy(paymentLine.year, paymentLine.recipient);
}

/**
 * A round whose adopted innstilling went the whole way through the decision's use cases — prepared and sent by Siri,
 * approved by Bjørn, issued by Siri (numbered in `caseNumber`, Troms' case; the letters' render jobs are queued as
 * issuing queues them) — and whose tilsagn in `accepted` were accepted by the coordinator named. For the browser
 * test that starts at the money (e2e/money-round.test.ts): each decision has its document number, as the payment
 * file needs. Answers the decisions by partnership.
 */
export async function issuedRound(
  db: Db,
  input: { year: number; caseNumber: string; applications: readonly AdoptedApplication[]; accepted: readonly { partnershipId: string; by: DemoActorKey }[] },
): Promise<{ roundId: string; applicationOf: Map<string, string>; vedtakOf: Map<string, { id: string; documentNumber: string | null }> }> {
  const { round, applications } = await insertAdoptedRound(db, { officeId: OFFICE, year: input.year, applications: input.applications });
  await db.insert(behovsmeldingRoundCase).values({ roundId: round.id, countyNumber: '55', caseNumber: input.caseNumber });
  const siri = await demoActor(db, 'saksbehandler');
  const ctx = { db, clock: systemClock };
  const prepared = await prepareRoundVedtak({ ...ctx, actor: siri, roundId: round.id });
  const batchId = prepared.batches[0]!.id;
  const submitted = await submitVedtakBatch({ ...ctx, actor: siri, batchId, input: { expectedVersion: prepared.batches[0]!.version } });
  await approveVedtakBatch({ ...ctx, actor: await demoActor(db, 'budsjettdisponent'), batchId, input: { expectedVersion: submitted.batches[0]!.version } });
  await issueVedtakBatch({ ...ctx, actor: siri, batchId });
  const decided = await db.select({ id: vedtak.id, applicationId: vedtak.applicationId, documentNumber: vedtak.documentNumber }).from(vedtak).where(eq(vedtak.batchId, batchId));
  const partnershipOf = new Map(applications.map((a) => [a.id, a.partnershipId]));
  const vedtakOf = new Map(decided.map((v) => [partnershipOf.get(v.applicationId)!, { id: v.id, documentNumber: v.documentNumber }]));
  for (const a of input.accepted) await acceptVedtak({ ...ctx, actor: await demoActor(db, a.by), vedtakId: vedtakOf.get(a.partnershipId)!.id });
  return { roundId: round.id, applicationOf: new Map(applications.map((a) => [a.partnershipId, a.id])), vedtakOf };
}
