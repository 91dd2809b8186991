// Utbetaling data for the access matrix (issue 15): per office a round whose tilsagn was issued and accepted, with
// its payment plan made and approved — the plan, batches and unused money start from it — and one issued but not
// yet accepted. Built on the tilsagn fixtures (tilsagn-fixtures.ts: Sør-Troms with UiT at the own office, Evenes with
// Nord universitet at the other); the acceptance is written straight into the decision, as the coordinator's
// acceptance leaves it, and the plan is made and approved through the use cases by the office's case officer (Siri at
// the own office, the admin at the other, where the demo has none).
//
// A payee the demo registered without an account is given one (MATRIX_PAYEE_KONTONR) before the plan is approved,
// so every office's plan has lines a batch can take.
//
// `utbetalingFixtures` is made once per database (every call answers the same ids), for cells that only read or are
// refused; `matrixPlannedRound` makes a fresh one per call, for cells that change it (M2's batches, M3's unused money).
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accountChange, behovsmelding, organisation, partnership, paymentLine, vedtak as vedtakTable } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { planLinesOf, type TestPlanLine } from '../../test/utbetaling-fixture.ts';
import { approvePaymentPlan } from '../../usecases/utbetaling/approve-payment-plan.ts';
import { makePaymentPlan } from '../../usecases/utbetaling/make-payment-plan.ts';
import type { Fixtures } from './fixtures.ts';
import type { Tenancy } from './matrix.ts';
import { matrixVedtakBatch, type MatrixBatch } from './tilsagn-fixtures.ts';

export type MatrixPlanLine = TestPlanLine;
export type MatrixPlan = MatrixBatch & {
  /** The accepted tilsagn (the round's one prioritised application). */
  vedtakId: string;
  partnershipId: string;
  /** Its plan lines (empty when the plan is not made). */
  lines: MatrixPlanLine[];
};

export type UtbetalingFixtures = {
  /** Per office: an accepted tilsagn with its plan made and approved. */
  planned: Record<Tenancy, MatrixPlan>;
  /** Per office: an accepted tilsagn whose plan is not made yet. */
  accepted: Record<Tenancy, MatrixPlan>;
  /** Per office: an issued tilsagn not accepted (listed as awaiting acceptance, no lines). */
  awaiting: Record<Tenancy, MatrixPlan>;
  /** Per office: an account change waiting for a case officer, of an organisation no plan pays (matrixAccountChange). */
  pendingChange: Record<Tenancy, MatrixAccountChange>;
};

export type MatrixAccountChange = { id: string; version: number; organisationId: string };

export type PlanStage = 'issued' | 'accepted' | 'made' | 'approved';

/** The case officer who makes and approves the tenancy's plan. */
export const planOfficer = (db: Db, tenancy: Tenancy) => demoActor(db, tenancy === 'own' ? 'saksbehandler' : 'admin');

/**
 * A fresh round of the tenancy's office with its tilsagn issued and brought to `stage` (default 'approved'):
 * accepted, its plan made, and approved.
 */
export async function matrixPlannedRound(db: Db, fx: Fixtures, tenancy: Tenancy, stage: PlanStage = 'approved'): Promise<MatrixPlan> {
  const batch = await matrixVedtakBatch(db, fx, tenancy, 'utstedt');
  const [tilsagn] = await db
    .select({ id: vedtakTable.id, partnershipId: behovsmelding.partnershipId })
    .from(vedtakTable)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtakTable.applicationId))
    .where(and(eq(vedtakTable.batchId, batch.batchId), eq(vedtakTable.kind, 'tilsagn')));
  if (!tilsagn) throw new Error('fixture: no tilsagn in the issued list');
  if (stage !== 'issued') {
    const coordinator = await demoActor(db, 'koordinator');
    const at = new Date();
    await db
      .update(vedtakTable)
      .set({ acceptedAt: at, acceptedByUserId: coordinator.userId, acceptedByName: coordinator.name, acceptanceDueLocal: `${batch.year}-12-31` })
      .where(eq(vedtakTable.id, tilsagn.id));
  }
  const officer = await planOfficer(db, tenancy);
  await givePayeeAnAccount(db, tilsagn.partnershipId);
  if (stage === 'made' || stage === 'approved') await makePaymentPlan({ db, actor: officer, clock: systemClock, roundId: batch.roundId });
  if (stage === 'approved') await approvePaymentPlan({ db, actor: officer, clock: systemClock, roundId: batch.roundId });
  return { ...batch, vedtakId: tilsagn.id, partnershipId: tilsagn.partnershipId, lines: await planLinesOf(db, tilsagn.id) };
}

/** A valid account (mod 11) for a payee the demo registered without one, so its lines can reach a batch. */
export const MATRIX_PAYEE_KONTONR = '81091069555';

async function givePayeeAnAccount(db: Db, partnershipId: string) {
  const [p] = await db.select({ payeeId: partnership.payeeId }).from(partnership).where(eq(partnership.id, partnershipId));
  if (p) await db.update(organisation).set({ kontonr: MATRIX_PAYEE_KONTONR }).where(and(eq(organisation.id, p.payeeId), isNull(organisation.kontonr)));
}

/** A decision's plan lines as they stand now (shared with the use-case tests' fixture). */
export { planLinesOf };

/** The approved lines that can go into a batch (paid out, with an account). */
export const payableLines = (p: MatrixPlan) => p.lines.filter((l) => l.kind === 'utbetaling' && l.kontonr !== null);

const made = new WeakMap<Db, Promise<UtbetalingFixtures>>();

export function utbetalingFixtures(db: Db, fx: Fixtures): Promise<UtbetalingFixtures> {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
}

async function make(db: Db, fx: Fixtures): Promise<UtbetalingFixtures> {
  const out = { planned: {}, accepted: {}, awaiting: {}, pendingChange: {} } as UtbetalingFixtures;
  for (const tenancy of ['own', 'other'] as const) {
    out.planned[tenancy] = await matrixPlannedRound(db, fx, tenancy, 'approved');
    out.accepted[tenancy] = await matrixPlannedRound(db, fx, tenancy, 'accepted');
    out.awaiting[tenancy] = await matrixPlannedRound(db, fx, tenancy, 'issued');
    out.pendingChange[tenancy] = await matrixAccountChange(db, fx, tenancy);
  }
  return out;
}

/** An organisation of the office's area that no partnership has anything to do with, made for the matrix once, so
 * confirming a change of its account moves no line and sends no batch back (other rows' batches stay as they are). */
async function quietOrganisation(db: Db, officeId: string): Promise<string> {
  const name = `Matrisens kontoendring (${officeId})`;
  const [found] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  if (found) return found.id;
  const [made] = await db.insert(organisation).values({ kind: 'privat-barnehageeier', name, officeId }).returning({ id: organisation.id });
  return made!.id;
}

/**
 * A fresh account change waiting for a case officer, of an organisation of the tenancy's office that no plan pays:
 * written as a coordinator's edit would leave it (from no account to MATRIX_PAYEE_KONTONR), the register untouched.
 */
export async function matrixAccountChange(db: Db, fx: Fixtures, tenancy: Tenancy): Promise<MatrixAccountChange> {
  const organisationId = await quietOrganisation(db, fx.office[tenancy]);
  const coordinator = await demoActor(db, 'koordinator');
  const [row] = await db
    .insert(accountChange)
    .values({ organisationId, oldKontonr: null, newKontonr: MATRIX_PAYEE_KONTONR, changedByUserId: coordinator.userId, changedByName: coordinator.name })
    .returning();
  return { id: row!.id, version: row!.version, organisationId };
}

/** Whether the tenancy's approved plan has an approved line (a check a fixture user may make before relying on it). */
export async function hasApprovedLines(db: Db, vedtakId: string): Promise<boolean> {
  const [row] = await db.select({ id: paymentLine.id }).from(paymentLine).where(and(eq(paymentLine.vedtakId, vedtakId), isNotNull(paymentLine.approvedAt))).limit(1);
  return row !== undefined;
}
