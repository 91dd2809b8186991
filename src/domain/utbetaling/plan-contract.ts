// The utbetaling module's API, part "plan" (issue 15 point 1; ADR 027): a round's payment plan — the accepted tilsagn's
// lines per recipient and year with the approved accounts, what is paid and in batches, and the tilsagn still
// awaiting acceptance — making it and approving it; and one partnership's money (its lines, payments made and unused
// money). Every answer says what the actor may do.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { PAYMENT_KINDS, PLAN_RECIPIENTS } from './payment-plan.ts';
import { PARTNERSHIP_MONEY_VERBS, UTBETALING_VERBS } from './policy.ts';

/** Why a line cannot go into a payment batch (payment-plan.ts lineBlocker). */
export const LINE_BLOCKERS = ['transfer', 'not-approved', 'no-account'] as const;
/** A tilsagn of the round as the plan sees it: awaiting acceptance, accepted, or needing none (transfers only). */
export const PLAN_TILSAGN_STATES = ['venter-paa-aksept', 'akseptert', 'uten-aksept', 'erstattet'] as const;

export const ZPlanLine = z.strictObject({
  id: z.string(),
  vedtakId: z.string(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  /** The tilsagn letter's number (`YYYY/N-M`). */
  documentNumber: z.string().nullable(),
  year: z.number(),
  recipient: z.enum(PLAN_RECIPIENTS),
  kind: z.enum(PAYMENT_KINDS),
  amountKr: z.number(),
  offsetKr: z.number(),
  /** In batches marked paid. */
  paidKr: z.number(),
  /** In batches not (yet) paid. */
  inBatchesKr: z.number(),
  /** Still to put in a batch: amount − offset − paid − in batches. */
  payableKr: z.number(),
  /** The approved account (null until approved, or when the register had none). */
  kontonr: z.string().nullable(),
  /** The account the behovsmelding gave (5.1 owner, 5.3 per UH). */
  applicationKontonr: z.string().nullable(),
  /** The approved account differs from the application's: shown as a flag. */
  kontonrDiffers: z.boolean(),
  approved: z.boolean(),
  approvedAt: zInstant.nullable(),
  approvedByName: z.string().nullable(),
  /** Why it cannot go into a batch now, or null. */
  blocker: z.enum(LINE_BLOCKERS).nullable(),
  /** Its decision was replaced by a later one (the line stays for what was paid). */
  superseded: z.boolean(),
  version: z.number(),
});
export type TPlanLine = z.output<typeof ZPlanLine>;

export const ZPlanRecipient = z.strictObject({
  orgId: z.string(),
  name: z.string(),
  orgnr: z.string().nullable(),
  kind: z.enum(PAYMENT_KINDS),
  /** The register's account now. */
  registerKontonr: z.string().nullable(),
  /** The account that may reach money now: the register's, or the old one while a change waits or was rejected. */
  approvedKontonr: z.string().nullable(),
  /** A change of the register's account waiting for a case officer. */
  pendingChange: z.strictObject({ id: z.string(), oldKontonr: z.string().nullable(), newKontonr: z.string().nullable(), changedByName: z.string(), changedAt: zInstant }).nullable(),
  years: z.array(z.strictObject({ year: z.number(), amountKr: z.number(), paidKr: z.number(), payableKr: z.number(), lines: z.array(ZPlanLine) })),
});

export const ZPlanTilsagn = z.strictObject({
  vedtakId: z.string(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  documentNumber: z.string().nullable(),
  totalKr: z.number(),
  state: z.enum(PLAN_TILSAGN_STATES),
  acceptanceDueLocal: z.string().nullable(),
  acceptedAt: zInstant.nullable(),
  acceptedByName: z.string().nullable(),
  /** Its lines are in the plan. */
  planned: z.boolean(),
});

export const ZPaymentPlanAnswer = z.strictObject({
  round: z.strictObject({ id: z.string(), title: z.string(), year: z.number(), officeId: z.string(), officeName: z.string() }),
  /** What the actor may do with the round's money (approve-plan also makes it). */
  allowed: z.array(z.enum(UTBETALING_VERBS)),
  /** Every issued tilsagn of the round in force, accepted or not. */
  tilsagn: z.array(ZPlanTilsagn),
  recipients: z.array(ZPlanRecipient),
  totals: z.strictObject({
    amountKr: z.number(),
    offsetKr: z.number(),
    paidKr: z.number(),
    inBatchesKr: z.number(),
    payableKr: z.number(),
    /** Lines waiting for approval. */
    unapprovedCount: z.number(),
    /** Accepted tilsagn whose lines are not made yet ("make the plan" has work). */
    unplannedCount: z.number(),
  }),
});
export type PaymentPlanAnswer = z.output<typeof ZPaymentPlanAnswer>;

export const ZPartnershipMoneyAnswer = z.strictObject({
  partnership: z.strictObject({ id: z.string(), name: z.string(), officeId: z.string() }),
  allowed: z.array(z.enum(PARTNERSHIP_MONEY_VERBS)),
  years: z.array(
    z.strictObject({
      year: z.number(),
      recipients: z.array(
        z.strictObject({
          lineId: z.string(),
          vedtakId: z.string(),
          documentNumber: z.string().nullable(),
          recipient: z.enum(PLAN_RECIPIENTS),
          orgId: z.string(),
          name: z.string(),
          kind: z.enum(PAYMENT_KINDS),
          amountKr: z.number(),
          offsetKr: z.number(),
          paidKr: z.number(),
          kontonr: z.string().nullable(),
          approved: z.boolean(),
        }),
      ),
    }),
  ),
  /** Items of batches written to the finance file (eksportert) or paid (betalt, with the Oslo date). */
  payments: z.array(
    z.strictObject({
      batchId: z.string(),
      state: z.enum(['eksportert', 'betalt']),
      exportedAt: zInstant.nullable(),
      paidOnLocal: z.string().nullable(),
      year: z.number(),
      recipient: z.enum(PLAN_RECIPIENTS),
      orgId: z.string(),
      name: z.string(),
      amountKr: z.number(),
      kontonr: z.string().nullable(),
    }),
  ),
  unusedFunds: z.array(
    z.strictObject({
      id: z.string(),
      vedtakId: z.string(),
      year: z.number(),
      recipient: z.enum(PLAN_RECIPIENTS),
      orgId: z.string(),
      name: z.string(),
      amountKr: z.number(),
      source: z.string(),
      state: z.string(),
      reason: z.string().nullable(),
      targetYear: z.number().nullable(),
      registeredAt: zInstant,
      decidedAt: zInstant.nullable(),
      claimDocumentNumber: z.string().nullable(),
      claimDueLocal: z.string().nullable(),
      claimKontonr: z.string().nullable(),
      /** The claim letter's PDF and DOCX are made (the render job runs after the decision): links only then. */
      claimReady: z.boolean(),
      receivedKr: z.number().nullable(),
      receivedOnLocal: z.string().nullable(),
    }),
  ),
});
export type PartnershipMoneyAnswer = z.output<typeof ZPartnershipMoneyAnswer>;

const ZRoundParams = z.strictObject({ roundId: z.string() });
const readers = 'embetets saksbehandlere, budsjettdisponenter og lesere (ikke samarbeidsforumet)';

export const planContract = {
  getPaymentPlan: endpoint({
    method: 'GET',
    path: '/api/utbetaling/rounds/:roundId/plan',
    summary: 'Utbetalingsplanen for utlysningens aksepterte tilsagn per mottaker og år, med godkjent kontonummer, avvik fra behovsmeldingen, utbetalt og i utbetalinger; tilsagn som venter på aksept',
    access: readers,
    params: ZRoundParams,
    response: ZPaymentPlanAnswer,
  }),
  makePaymentPlan: endpoint({
    method: 'POST',
    path: '/api/utbetaling/rounds/:roundId/plan',
    summary: 'Lager linjene som mangler i utbetalingsplanen for aksepterte tilsagn (statlige UH som overføring); kan kjøres flere ganger',
    access: 'embetets saksbehandlere',
    params: ZRoundParams,
    status: 201,
    response: ZPaymentPlanAnswer,
  }),
  approvePaymentPlan: endpoint({
    method: 'POST',
    path: '/api/utbetaling/rounds/:roundId/plan/approve',
    summary: 'Godkjenner utbetalingsplanens linjer: kontonummeret hentes fra organisasjonsregisteret nå, og avvik fra behovsmeldingen markeres',
    access: 'embetets saksbehandlere',
    params: ZRoundParams,
    response: ZPaymentPlanAnswer,
  }),
  getPartnershipMoney: endpoint({
    method: 'GET',
    path: '/api/utbetaling/partnerships/:id',
    summary: 'Et partnerskaps penger: tilsagn per år og mottaker, utbetalinger som er gjort, og ubrukte midler med krav',
    access: `${readers}; partnerskapets egne (koordinator, redaktører, medlemmer) for sitt eget`,
    params: z.strictObject({ id: z.string() }),
    response: ZPartnershipMoneyAnswer,
  }),
} as const;
