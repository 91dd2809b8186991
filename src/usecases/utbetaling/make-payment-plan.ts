// Makes a round's payment plan (issue 15 point 1, ADR 027; utbetaling.approve-plan): one line per year and recipient
// of every accepted tilsagn in force (or one of transfers only, which asks no acceptance), a state UH's as a transfer.
// Idempotent: lines already made stay as they are (the key is decision × year × recipient), so running it again after
// more acceptances adds theirs only. Lines keep the account the application gave, to compare at approval; the account
// itself is taken when the plan is approved.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertMissingLines, recipientOrganisations, recipientProfileRowsOf } from '../../db/payment-line-repository.ts';
import { listRoundDecisions } from '../../db/tilsagn-case-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { recipientProfileOf } from '../../domain/tilsagn/recipient.ts';
import { applicationKontonr, planLinesFor, plannable } from '../../domain/utbetaling/payment-plan.ts';
import { normalKontonr } from '../../domain/utbetaling/account.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadSubmittedValues } from '../../loaders/forum/submitted-values.ts';
import { paymentPlanAnswer, planGateOf } from '../../views/utbetaling/payment-plan-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function makePaymentPlan({ db, actor, clock, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'approve-plan', { type: 'utbetaling', officeId: round.officeId });
  return db.transaction(async (tx) => {
    const decisions = (await listRoundDecisions(tx, round.id)).filter((d) => plannable(planGateOf(d)));
    const orgIds = decisions.flatMap((d) => d.lines.map((l) => l.recipientOrgId));
    const profiles = await recipientProfileRowsOf(tx, orgIds);
    const orgs = await recipientOrganisations(tx, orgIds);
    const values = await loadSubmittedValues(tx, [...new Set(decisions.map((d) => d.applicationId))]);
    const at = clock.now();
    const drafts = decisions.flatMap((d) =>
      planLinesFor(d.lines, (orgId) => (profiles.has(orgId) ? recipientProfileOf(profiles.get(orgId)) : null)).map((l) => ({
        officeId: round.officeId,
        roundId: round.id,
        vedtakId: d.id,
        ...l,
        applicationKontonr: normalKontonr(applicationKontonr(values.get(d.applicationId) ?? {}, l.recipient, orgs.get(l.recipientOrgId) ?? { name: '', orgnr: null })),
        createdAt: at,
        updatedAt: at,
      })),
    );
    const made = await insertMissingLines(tx, drafts);
    // One act, one audit row: the plan of the round got these lines (none made: nothing changed, nothing to record).
    if (made.length > 0)
      await appendAudit(tx, actor, {
        action: 'create',
        entityType: 'payment-plan',
        entityId: round.id,
        before: null,
        after: { lines: made.map((l) => ({ id: l.id, vedtakId: l.vedtakId, year: l.year, recipient: l.recipient, recipientOrgId: l.recipientOrgId, kind: l.kind, amountKr: l.amountKr, applicationKontonr: l.applicationKontonr })) },
      });
    return paymentPlanAnswer(tx, actor, round);
  });
}
