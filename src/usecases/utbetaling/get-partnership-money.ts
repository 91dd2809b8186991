// One partnership's money (issue 15 point 1; partnership-money.read): its plan lines per year and recipient, the
// payments made (items of batches written to the finance file or paid, with the paid date), and its unused money with
// the state of any repayment claim. The office's money readers see it, and the partnership's own people see their own
// — never another's; another office sees nothing. What is merely in a batch under work is the office's business, not
// shown here.
import { findPartnership } from '../../db/partnership-repository.ts';
import { listPartnershipLines, listPartnershipPayments, listPartnershipUnusedFunds } from '../../db/payment-line-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { TPaymentKind, TPlanRecipient } from '../../domain/utbetaling/payment-plan.ts';
import type { PartnershipMoneyAnswer } from '../../domain/utbetaling/plan-contract.ts';
import type { PartnershipMoneyResource } from '../../domain/utbetaling/policy.ts';
import type { UseCaseContext } from '../context.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getPartnershipMoney({ db, actor, partnershipId }: Omit<UseCaseContext, 'clock'> & { partnershipId: string }): Promise<PartnershipMoneyAnswer> {
  const p = await findPartnership(db, partnershipId);
  if (!p) throw AppError.notFound(msg('utbetaling.plan.partnershipNotFound'));
  const resource: PartnershipMoneyResource = { type: 'partnership-money', officeId: p.officeId, partnership: partnershipResource(p) };
  assertCan(actor, 'read', resource);
  const [lines, payments, unused] = [await listPartnershipLines(db, p.id), await listPartnershipPayments(db, p.id), await listPartnershipUnusedFunds(db, p.id)];
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  return {
    partnership: { id: p.id, name: p.name, officeId: p.officeId },
    allowed: allowedVerbs(actor, resource),
    years: years.map((year) => ({
      year,
      recipients: lines
        .filter((l) => l.year === year)
        .map((l) => ({
          lineId: l.id,
          vedtakId: l.vedtakId,
          documentNumber: l.documentNumber,
          recipient: l.recipient as TPlanRecipient,
          orgId: l.recipientOrgId,
          name: l.recipientName,
          kind: l.kind as TPaymentKind,
          amountKr: l.amountKr,
          offsetKr: l.offsetKr,
          paidKr: l.paidKr,
          kontonr: l.kontonr,
          approved: l.approvedAt !== null,
        })),
    })),
    payments: payments.map((r) => ({
      batchId: r.batchId,
      state: r.state === 'betalt' ? ('betalt' as const) : ('eksportert' as const),
      exportedAt: iso(r.exportedAt),
      paidOnLocal: r.paidOnLocal,
      year: r.year,
      recipient: r.recipient as TPlanRecipient,
      orgId: r.recipientOrgId,
      name: r.recipientName,
      amountKr: r.amountKr,
      kontonr: r.kontonr,
    })),
    unusedFunds: unused.map(({ row: u, name }) => ({
      id: u.id,
      vedtakId: u.vedtakId,
      year: u.year,
      recipient: u.recipient as TPlanRecipient,
      orgId: u.recipientOrgId,
      name,
      amountKr: u.amountKr,
      source: u.source,
      state: u.state,
      reason: u.reason,
      targetYear: u.targetYear,
      registeredAt: u.registeredAt.toISOString(),
      decidedAt: iso(u.decidedAt),
      claimDocumentNumber: u.claimDocumentNumber,
      claimDueLocal: u.claimDueLocal,
      claimKontonr: u.claimKontonr,
      claimReady: u.claimPdfKey !== null && u.claimDocxKey !== null,
      receivedKr: u.receivedKr,
      receivedOnLocal: u.receivedOnLocal,
    })),
  };
}
