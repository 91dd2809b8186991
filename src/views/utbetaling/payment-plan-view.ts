// A round's payment plan as the office sees it (issue 15 point 1): the lines per recipient and year with the approved
// account, the flag where it differs from the application's, what is paid, in batches and still payable, and why a
// line cannot go into a batch; every issued tilsagn with its acceptance; and what the actor may do. The answer of
// reading, making and approving the plan.
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { latestChangesOf } from '../../db/account-change-repository.ts';
import { listRoundLines, partnershipsOfApplications, recipientOrganisations, type PaymentLineView } from '../../db/payment-line-repository.ts';
import { listRoundDecisions, type DecisionCase } from '../../db/tilsagn-case-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { approvedKontonr } from '../../domain/utbetaling/account.ts';
import { lineBlocker, payableKr, plannable, type TPaymentKind, type TPlanRecipient } from '../../domain/utbetaling/payment-plan.ts';
import type { PaymentPlanAnswer, TPlanLine } from '../../domain/utbetaling/plan-contract.ts';
import { acceptanceOf } from '../../loaders/tilsagn/load-decision-case.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A decision's facts for the plan's gate (payment-plan.ts plannable). */
export function planGateOf(d: DecisionCase) {
  const a = acceptanceOf(d);
  return { kind: d.kind, issued: a.issued, superseded: a.superseded, accepted: a.acceptedAt !== null, needsAcceptance: a.needsAcceptance };
}

export function planLineOut(l: PaymentLineView): TPlanLine {
  return {
    id: l.id,
    vedtakId: l.vedtakId,
    partnershipId: l.partnershipId,
    partnershipName: l.partnershipName,
    documentNumber: l.documentNumber,
    year: l.year,
    recipient: l.recipient as TPlanRecipient,
    kind: l.kind as TPaymentKind,
    amountKr: l.amountKr,
    offsetKr: l.offsetKr,
    paidKr: l.paidKr,
    inBatchesKr: l.inBatchesKr,
    payableKr: payableKr(l),
    kontonr: l.kontonr,
    applicationKontonr: l.applicationKontonr,
    kontonrDiffers: l.kontonrDiffers,
    approved: l.approvedAt !== null,
    approvedAt: iso(l.approvedAt),
    approvedByName: l.approvedByName,
    blocker: lineBlocker(l),
    superseded: l.supersededById !== null,
    version: l.version,
  };
}

function tilsagnState(d: DecisionCase) {
  const gate = planGateOf(d);
  if (gate.superseded) return 'erstattet' as const;
  if (gate.accepted) return 'akseptert' as const;
  return gate.needsAcceptance ? ('venter-paa-aksept' as const) : ('uten-aksept' as const);
}

export async function paymentPlanAnswer(db: DbOrTx, actor: Actor, round: RoundView): Promise<PaymentPlanAnswer> {
  const lines = await listRoundLines(db, round.id);
  const decisions = (await listRoundDecisions(db, round.id)).filter((d) => d.kind === 'tilsagn' && d.issuedAt !== null);
  const partnerships = await partnershipsOfApplications(
    db,
    decisions.map((d) => d.applicationId),
  );
  const plannedIds = new Set(lines.map((l) => l.vedtakId));
  const orgIds = [...new Set(lines.map((l) => l.recipientOrgId))];
  const changes = await latestChangesOf(db, orgIds);
  const orgs = await recipientOrganisations(db, orgIds);

  const byOrg = new Map<string, PaymentLineView[]>();
  for (const l of lines) byOrg.set(l.recipientOrgId, [...(byOrg.get(l.recipientOrgId) ?? []), l]);
  const recipients = [...byOrg.entries()].map(([orgId, own]) => {
    const org = orgs.get(orgId)!;
    const change = changes.get(orgId);
    const years = [...new Set(own.map((l) => l.year))].sort((a, b) => a - b);
    return {
      orgId,
      name: org.name,
      orgnr: org.orgnr,
      // A recipient is transferred to when every line of it is (a state UH); paid out otherwise.
      kind: own.every((l) => l.kind === 'overforing') ? ('overforing' as const) : ('utbetaling' as const),
      registerKontonr: org.kontonr,
      approvedKontonr: approvedKontonr(org.kontonr, change),
      pendingChange:
        change?.state === 'venter'
          ? { id: change.id, oldKontonr: change.oldKontonr, newKontonr: change.newKontonr, changedByName: change.changedByName, changedAt: change.changedAt.toISOString() }
          : null,
      years: years.map((year) => {
        const of = own.filter((l) => l.year === year).map(planLineOut);
        return { year, amountKr: sum(of, 'amountKr'), paidKr: sum(of, 'paidKr'), payableKr: sum(of, 'payableKr'), lines: of };
      }),
    };
  });

  const tilsagn = decisions
    .filter((d) => d.supersededById === null || plannedIds.has(d.id))
    .map((d) => {
      const p = partnerships.get(d.applicationId);
      return {
        vedtakId: d.id,
        partnershipId: p?.id ?? '',
        partnershipName: p?.name ?? '',
        documentNumber: d.documentNumber,
        totalKr: d.lines.reduce((s, l) => s + l.amountKr, 0),
        state: tilsagnState(d),
        acceptanceDueLocal: d.acceptanceDueLocal,
        acceptedAt: iso(d.acceptedAt),
        acceptedByName: d.acceptedByName,
        planned: plannedIds.has(d.id),
      };
    })
    .sort((a, b) => a.partnershipName.localeCompare(b.partnershipName, 'nb'));

  const out = lines.map(planLineOut);
  return {
    round: { id: round.id, title: round.title, year: round.year, officeId: round.officeId, officeName: round.officeName },
    allowed: allowedVerbs(actor, { type: 'utbetaling', officeId: round.officeId }),
    tilsagn,
    recipients,
    totals: {
      amountKr: sum(out, 'amountKr'),
      offsetKr: sum(out, 'offsetKr'),
      paidKr: sum(out, 'paidKr'),
      inBatchesKr: sum(out, 'inBatchesKr'),
      payableKr: sum(out, 'payableKr'),
      unapprovedCount: out.filter((l) => !l.approved).length,
      unplannedCount: decisions.filter((d) => plannable(planGateOf(d)) && !plannedIds.has(d.id)).length,
    },
  };
}

const sum = <K extends 'amountKr' | 'offsetKr' | 'paidKr' | 'inBatchesKr' | 'payableKr'>(rows: readonly Record<K, number>[], key: K) => rows.reduce((s, r) => s + r[key], 0);
