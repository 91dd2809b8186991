// Approves a round's payment plan (issue 15 point 1, ADR 027; utbetaling.approve-plan): every line not yet approved
// takes its recipient's account from the register now — the approved account, which is the old one while a change
// waits or after one was rejected (account.ts) — and is flagged where that differs from the application's (5.1/5.3).
// A line whose recipient has no account is approved all the same and shows why a batch will refuse it; approving
// again once the register has one gives it the account. The approval is audited as one act, line by line.
import { appendAudit } from '../../db/audit-repository.ts';
import { latestChangesOf } from '../../db/account-change-repository.ts';
import { approveLine, listRoundLines, lockRoundLines, recipientOrganisations } from '../../db/payment-line-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { approvedKontonr } from '../../domain/utbetaling/account.ts';
import { kontonrDiffers, lineBlocker } from '../../domain/utbetaling/payment-plan.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { paymentPlanAnswer } from '../../views/utbetaling/payment-plan-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function approvePaymentPlan({ db, actor, clock, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'approve-plan', { type: 'utbetaling', officeId: round.officeId });
  return db.transaction(async (tx) => {
    // Two approvals at once queue here: the second finds nothing left to approve.
    await lockRoundLines(tx, round.id);
    const lines = (await listRoundLines(tx, round.id)).filter((l) => l.approvedAt === null || lineBlocker(l) === 'no-account');
    const orgIds = lines.map((l) => l.recipientOrgId);
    const orgs = await recipientOrganisations(tx, orgIds);
    const changes = await latestChangesOf(tx, orgIds);
    // A line already approved without an account is approved again only when the register now has one.
    const todo = lines.filter((l) => l.approvedAt === null || approvedKontonr(orgs.get(l.recipientOrgId)?.kontonr ?? null, changes.get(l.recipientOrgId)) !== null);
    if (todo.length === 0) throw new AppError('CONFLICT', msg('utbetaling.plan.nothingToApprove'));
    const at = clock.now();
    const approved = [];
    for (const l of todo) {
      // A transfer reaches no account: it is approved as listed.
      const kontonr = l.kind === 'overforing' ? null : approvedKontonr(orgs.get(l.recipientOrgId)?.kontonr ?? null, changes.get(l.recipientOrgId));
      const differs = l.kind !== 'overforing' && kontonrDiffers(kontonr, l.applicationKontonr);
      await approveLine(tx, { id: l.id, kontonr, kontonrDiffers: differs, applicationKontonr: l.applicationKontonr, at, userId: actor.userId, name: actor.name });
      approved.push({ id: l.id, recipientOrgId: l.recipientOrgId, year: l.year, before: { approvedAt: l.approvedAt, kontonr: l.kontonr }, kontonr, kontonrDiffers: differs });
    }
    // One act, one audit row: who approved which lines of the round's plan, with the accounts they took.
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-plan', entityId: round.id, before: null, after: { approvedByName: actor.name, lines: approved } });
    return paymentPlanAnswer(tx, actor, round);
  });
}
