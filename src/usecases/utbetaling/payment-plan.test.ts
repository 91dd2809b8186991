// The payment plan and the accounts that may reach money (issue 15 point 1, ADR 027) on a real database. Only accepted
// tilsagn get lines (one awaiting acceptance is listed without), making the plan twice adds nothing, a state UH's share
// is a transfer; approving takes the register's account and flags a difference from the application. A coordinator's
// account change after approval leaves the lines' account as it was and opens a change waiting for a case officer;
// confirming it moves the unpaid lines and the batch holding them, and sends an approved batch back to 'utkast' with
// the reason. Another partnership's coordinator and another office are refused the partnership's money.
//
// The rounds come from src/test/utbetaling-fixture.ts (an issued tilsagn of Sør-Troms og Evenes with UiT, paid to
// Harstad kommune); the batch is written straight into its tables (batches are another area's use cases).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountChange, auditLog, organisation, partnership, paymentBatch, paymentBatchItem, paymentLine, recipientProfile, vedtak } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { planLinesOf, plannedTestRound as planned } from '../../test/utbetaling-fixture.ts';
import { updateOrganisation } from '../org/update-organisation.ts';
import { approvePaymentPlan } from './approve-payment-plan.ts';
import { confirmAccountChange } from './confirm-account-change.ts';
import { getPartnershipMoney } from './get-partnership-money.ts';
import { getPaymentPlan } from './get-payment-plan.ts';
import { listAccountChanges } from './list-account-changes.ts';
import { makePaymentPlan } from './make-payment-plan.ts';
import { rejectAccountChange } from './reject-account-change.ts';

const clock = fixedClock('2026-12-07T12:00:00Z');
/** Valid (mod 11) accounts the coordinator changes to. */
const NEW_ACCOUNT = '15032712344';
const NEWER_ACCOUNT = '30001234567';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const actor = (key: Parameters<typeof demoActor>[1]) => demoActor(t.db, key);

async function setUitReceipt(receipt: 'utbetaling' | 'statlig-overforing') {
  const [uit] = await t.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, 'UiT Norges arktiske universitet'));
  await t.db
    .insert(recipientProfile)
    .values({ organisationId: uit!.id, receipt })
    .onConflictDoUpdate({ target: recipientProfile.organisationId, set: { receipt } });
  return uit!.id;
}

async function payee(partnershipId: string) {
  const [p] = await t.db.select({ payeeId: partnership.payeeId }).from(partnership).where(eq(partnership.id, partnershipId));
  const [o] = await t.db.select().from(organisation).where(eq(organisation.id, p!.payeeId));
  return o!;
}

/** The coordinator of the payee (Harstad kommune) edits its register account, as the organisation page does. */
async function changeAccount(orgId: string, kontonr: string) {
  const [o] = await t.db.select().from(organisation).where(eq(organisation.id, orgId));
  const { kind, name, orgnr, email, phone, address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, version } = o!;
  const input = { kind, name, orgnr, kontonr, email, phone: phone ?? '', address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, expectedVersion: version };
  return updateOrganisation({ db: t.db, actor: await actor('koordinatorHarstad'), clock, id: orgId, input });
}

describe('the payment plan', () => {
  it('plans accepted tilsagn only, once; lists one awaiting acceptance without lines', async () => {
    const siri = await actor('saksbehandler');
    const round = await planned(t.db, 'issued');
    const first = await makePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId });
    expect(first.recipients).toEqual([]);
    expect(first.tilsagn).toEqual([expect.objectContaining({ vedtakId: round.vedtakId, state: 'venter-paa-aksept', planned: false })]);
    expect(first.totals.unplannedCount).toBe(0);

    await t.db.update(vedtak).set({ acceptedAt: clock.now(), acceptedByName: 'Ola Koordinator' }).where(eq(vedtak.id, round.vedtakId));
    expect((await getPaymentPlan({ db: t.db, actor: siri, roundId: round.roundId })).totals.unplannedCount).toBe(1);
    const made = await makePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId });
    expect(made.tilsagn[0]).toMatchObject({ state: 'akseptert', planned: true });
    const lines = await planLinesOf(t.db, round.vedtakId);
    // Three years, owner and UiT each.
    expect(lines).toHaveLength(6);
    expect(made.totals).toMatchObject({ amountKr: 450_000, unapprovedCount: 6, unplannedCount: 0 });
    expect(made.allowed).toEqual(expect.arrayContaining(['read', 'approve-plan']));

    // Idempotent: a second run makes nothing and records nothing.
    const audits = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, round.roundId))).length;
    await makePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId });
    expect(await planLinesOf(t.db, round.vedtakId)).toEqual(lines);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.entityId, round.roundId))).length).toBe(audits);
  });

  it('lists a state UH as a transfer, approved without an account; the owner takes the register’s account', async () => {
    const uitId = await setUitReceipt('statlig-overforing');
    try {
      const round = await planned(t.db, 'approved');
      const plan = await getPaymentPlan({ db: t.db, actor: await actor('budsjettdisponent'), roundId: round.roundId });
      const uit = plan.recipients.find((r) => r.orgId === uitId)!;
      expect(uit.kind).toBe('overforing');
      expect(uit.years.flatMap((y) => y.lines).every((l) => l.kind === 'overforing' && l.blocker === 'transfer' && l.kontonr === null && l.approved)).toBe(true);
      const harstad = await payee(round.partnershipId);
      const owner = plan.recipients.find((r) => r.orgId === harstad.id)!;
      expect(owner.kind).toBe('utbetaling');
      expect(owner.years.flatMap((y) => y.lines).map((l) => [l.kontonr, l.blocker, l.kontonrDiffers])).toEqual(Array(3).fill([harstad.kontonr, null, false]));
      // The budsjettdisponent reads the plan but does not approve it.
      expect(plan.allowed).toEqual(['read']);
    } finally {
      await setUitReceipt('utbetaling');
    }
  });

  it('flags an approved account that differs from the behovsmelding’s, and approves a line without an account for the batch to refuse', async () => {
    const siri = await actor('saksbehandler');
    const round = await planned(t.db, 'made');
    const harstad = await payee(round.partnershipId);
    await t.db.update(paymentLine).set({ applicationKontonr: NEWER_ACCOUNT }).where(and(eq(paymentLine.vedtakId, round.vedtakId), eq(paymentLine.recipient, 'owner')));
    const [uitLine] = round.lines.filter((l) => l.recipient === 'uh');
    const [uit] = await t.db.select().from(organisation).where(eq(organisation.id, uitLine!.recipientOrgId));
    // The demo leaves a change of UiT's account waiting (src/seed/demo-utbetaling): this test starts from none.
    await t.db.delete(accountChange).where(eq(accountChange.organisationId, uit!.id));
    await t.db.update(organisation).set({ kontonr: null }).where(eq(organisation.id, uit!.id));
    try {
      const plan = await approvePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId });
      const lines = plan.recipients.flatMap((r) => r.years.flatMap((y) => y.lines));
      expect(lines.filter((l) => l.recipient === 'owner').map((l) => [l.kontonr, l.applicationKontonr, l.kontonrDiffers])).toEqual(Array(3).fill([harstad.kontonr, NEWER_ACCOUNT, true]));
      expect(lines.filter((l) => l.recipient === 'uh').every((l) => l.approved && l.kontonr === null && l.blocker === 'no-account')).toBe(true);
      expect(plan.totals.unapprovedCount).toBe(0);
      // Approving again only helps once the register has an account.
      expect((await appError(approvePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId }))).code).toBe('CONFLICT');
      await t.db.update(organisation).set({ kontonr: NEW_ACCOUNT }).where(eq(organisation.id, uit!.id));
      const again = await approvePaymentPlan({ db: t.db, actor: siri, clock, roundId: round.roundId });
      const uhLines = again.recipients.flatMap((r) => r.years.flatMap((y) => y.lines)).filter((l) => l.recipient === 'uh');
      expect(uhLines.map((l) => [l.kontonr, l.blocker])).toEqual(Array(3).fill([NEW_ACCOUNT, null]));
    } finally {
      await t.db.update(organisation).set({ kontonr: uit!.kontonr }).where(eq(organisation.id, uit!.id));
    }
  });

  it('refuses the forum and another office the plan', async () => {
    const round = await planned(t.db, 'accepted');
    expect((await appError(getPaymentPlan({ db: t.db, actor: await actor('forum'), roundId: round.roundId }))).code).toBe('FORBIDDEN');
    expect((await appError(makePaymentPlan({ db: t.db, actor: await actor('saksbehandlerNordland'), clock, roundId: round.roundId }))).code).toBe('FORBIDDEN');
    expect((await appError(approvePaymentPlan({ db: t.db, actor: await actor('budsjettdisponent'), clock, roundId: round.roundId }))).code).toBe('FORBIDDEN');
    expect(await planLinesOf(t.db, round.vedtakId)).toEqual([]);
  });
});

describe('account changes', () => {
  it('keeps the approved account when a coordinator changes the register, until a case officer confirms; then the batch needs a new approval', async () => {
    const siri = await actor('saksbehandler');
    const round = await planned(t.db, 'approved');
    const harstad = await payee(round.partnershipId);
    const oldAccount = harstad.kontonr!;
    const ownerLines = round.lines.filter((l) => l.recipient === 'owner');
    // An approved batch holding the first year's owner line (M2's use cases make these; written directly here).
    const [batch] = await t.db
      .insert(paymentBatch)
      .values({ officeId: OFFICE, roundId: round.roundId, state: 'godkjent', preparedByName: 'Siri Saksbehandler', approvedAt: clock.now(), approvedByName: 'Bjørn Disponent' })
      .returning();
    await t.db.insert(paymentBatchItem).values({ batchId: batch!.id, lineId: ownerLines[0]!.id, amountKr: 40_000, kontonr: oldAccount });

    try {
      const edited = await changeAccount(harstad.id, NEW_ACCOUNT);
      expect(edited.kontonr).toBe(NEW_ACCOUNT);
      // The register changed; the money did not.
      expect((await planLinesOf(t.db, round.vedtakId)).filter((l) => l.recipient === 'owner').map((l) => l.kontonr)).toEqual([oldAccount, oldAccount, oldAccount]);
      const [pending] = await t.db.select().from(accountChange).where(and(eq(accountChange.organisationId, harstad.id), eq(accountChange.state, 'venter')));
      expect(pending).toMatchObject({ oldKontonr: oldAccount, newKontonr: NEW_ACCOUNT, changedByName: expect.any(String) });
      const plan = await getPaymentPlan({ db: t.db, actor: siri, roundId: round.roundId });
      expect(plan.recipients.find((r) => r.orgId === harstad.id)).toMatchObject({ registerKontonr: NEW_ACCOUNT, approvedKontonr: oldAccount, pendingChange: { id: pending!.id, newKontonr: NEW_ACCOUNT } });
      const [orgAudit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'organisation'), eq(auditLog.entityId, harstad.id)));
      expect(orgAudit?.after).toMatchObject({ accountChange: { id: pending!.id, action: 'open' } });

      // The office's list shows it; the budsjettdisponent reads it but does not decide.
      const listed = await listAccountChanges({ db: t.db, actor: await actor('budsjettdisponent'), clock, officeId: OFFICE });
      expect(listed.changes.find((c) => c.id === pending!.id)).toMatchObject({ organisationName: harstad.name, state: 'venter', allowed: ['read'] });
      expect((await appError(confirmAccountChange({ db: t.db, actor: await actor('koordinatorHarstad'), clock, id: pending!.id, input: { expectedVersion: pending!.version } }))).code).toBe('FORBIDDEN');

      const confirmed = await confirmAccountChange({ db: t.db, actor: siri, clock, id: pending!.id, input: { expectedVersion: pending!.version } });
      expect(confirmed).toMatchObject({ change: { state: 'bekreftet', decidedByName: siri.name }, batches: [{ id: batch!.id, stateBefore: 'godkjent', state: 'utkast' }] });
      expect(confirmed.linesMoved).toBeGreaterThanOrEqual(3);
      expect((await planLinesOf(t.db, round.vedtakId)).filter((l) => l.recipient === 'owner').map((l) => l.kontonr)).toEqual([NEW_ACCOUNT, NEW_ACCOUNT, NEW_ACCOUNT]);
      const [item] = await t.db.select().from(paymentBatchItem).where(eq(paymentBatchItem.batchId, batch!.id));
      expect(item!.kontonr).toBe(NEW_ACCOUNT);
      const [back] = await t.db.select().from(paymentBatch).where(eq(paymentBatch.id, batch!.id));
      expect(back).toMatchObject({ state: 'utkast', approvedAt: null, approvedByName: null });
      expect(back!.returnMessage).toContain(harstad.name);
      expect(back!.returnMessage).toContain('godkjennes på nytt');
      expect(await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'payment-batch'), eq(auditLog.entityId, batch!.id)))).toHaveLength(1);

      // Deciding twice is a conflict.
      expect((await appError(rejectAccountChange({ db: t.db, actor: siri, clock, id: pending!.id, input: { expectedVersion: confirmed.change.version } }))).code).toBe('CONFLICT');
    } finally {
      await t.db.update(organisation).set({ kontonr: oldAccount }).where(eq(organisation.id, harstad.id));
      await t.db.delete(accountChange).where(eq(accountChange.organisationId, harstad.id));
    }
  });

  it('moves a waiting change on to the newest account; a rejection keeps the money on the old one', async () => {
    const siri = await actor('saksbehandler');
    const round = await planned(t.db, 'approved');
    const harstad = await payee(round.partnershipId);
    const oldAccount = harstad.kontonr!;
    try {
      await changeAccount(harstad.id, NEW_ACCOUNT);
      await changeAccount(harstad.id, NEWER_ACCOUNT);
      const changes = await t.db.select().from(accountChange).where(eq(accountChange.organisationId, harstad.id));
      expect(changes).toEqual([expect.objectContaining({ state: 'venter', oldKontonr: oldAccount, newKontonr: NEWER_ACCOUNT })]);
      // A page read before the second edit is stale.
      expect((await appError(rejectAccountChange({ db: t.db, actor: siri, clock, id: changes[0]!.id, input: { expectedVersion: 1 } }))).code).toBe('CONFLICT');
      const rejected = await rejectAccountChange({ db: t.db, actor: siri, clock, id: changes[0]!.id, input: { expectedVersion: changes[0]!.version } });
      expect(rejected.change.state).toBe('avvist');
      expect((await planLinesOf(t.db, round.vedtakId)).filter((l) => l.recipient === 'owner').map((l) => l.kontonr)).toEqual([oldAccount, oldAccount, oldAccount]);
      // A later plan approves the account the office let through, not the refused one the register holds.
      const next = await planned(t.db, 'approved');
      expect((await planLinesOf(t.db, next.vedtakId)).filter((l) => l.recipient === 'owner').map((l) => l.kontonr)).toEqual([oldAccount, oldAccount, oldAccount]);
    } finally {
      await t.db.update(organisation).set({ kontonr: oldAccount }).where(eq(organisation.id, harstad.id));
      await t.db.delete(accountChange).where(eq(accountChange.organisationId, harstad.id));
    }
  });
});

describe('a partnership’s money', () => {
  it('shows the partnership its lines and payments; another partnership’s coordinator and another office are refused', async () => {
    const round = await planned(t.db, 'approved');
    const own = await getPartnershipMoney({ db: t.db, actor: await actor('koordinator'), partnershipId: round.partnershipId });
    expect(own.partnership.id).toBe(round.partnershipId);
    expect(own.years.length).toBeGreaterThanOrEqual(3);
    expect(own.allowed).toEqual(['read']);
    const officer = await getPartnershipMoney({ db: t.db, actor: await actor('saksbehandler'), partnershipId: round.partnershipId });
    expect(officer.allowed).toEqual(expect.arrayContaining(['read', 'register-unused', 'decide-unused']));
    expect((await appError(getPartnershipMoney({ db: t.db, actor: await actor('koordinatorNordreisa'), partnershipId: round.partnershipId }))).code).toBe('FORBIDDEN');
    expect((await appError(getPartnershipMoney({ db: t.db, actor: await actor('saksbehandlerNordland'), partnershipId: round.partnershipId }))).code).toBe('FORBIDDEN');
    expect((await appError(getPartnershipMoney({ db: t.db, actor: await actor('forum'), partnershipId: round.partnershipId }))).code).toBe('FORBIDDEN');
  });
});
