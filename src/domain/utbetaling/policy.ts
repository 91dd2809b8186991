// Who may do what with the money after the vedtak (issue 15, ADR 027). The office's case officers make the payment
// plan, prepare batches, confirm account changes and decide on unused money; a budsjettdisponent of the office approves
// a batch — never one who prepared it or sent it (Bestemmelser om økonomistyring i staten 5.3.5 / 6.3.3: attestation
// and approval are two people). Approving is a PERSONAL act (UTBETALING_PERSONAL_VERBS): the admin's pass-everything
// does not reach it. A partnership sees its own payments and claims; the forum sees no payment, file or account.
//
// The policy is pure: a use case reads the facts (who prepared a batch, whose partnership a line belongs to) and passes
// them in the resource.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { hasRoleInOffice, readerFor, staffFor, staffIn } from '../access/predicates.ts';
import type { Actor } from '../access/roles.ts';
import { coordinates, isEditorOf, isMemberOf, type PartnershipResource } from '../org/policy.ts';

/** A round's money as a whole: its payment plan, its batches, the office's overview per year and its settings. */
export type UtbetalingOfficeResource = { type: 'utbetaling'; officeId: string };

/** A payment batch. `preparerUserIds`: who made it or changed its lines; `submitterUserId`: who sent it for approval.
 * Neither may approve it. */
export type PaymentBatchResource = { type: 'payment-batch'; officeId: string; preparerUserIds: readonly string[]; submitterUserId: string | null };

/** One partnership's money: its payment lines, payments made, unused money and repayment claims. */
export type PartnershipMoneyResource = { type: 'partnership-money'; officeId: string; partnership: PartnershipResource };

/** An organisation's account change waiting to reach money; `officeId` the organisation's area. */
export type AccountChangeResource = { type: 'account-change'; officeId: string | null };

export type UtbetalingModuleResource = UtbetalingOfficeResource | PaymentBatchResource | PartnershipMoneyResource | AccountChangeResource;

export const UTBETALING_VERBS = ['read', 'approve-plan', 'prepare-batch', 'edit-settings'] as const;
export type UtbetalingVerb = (typeof UTBETALING_VERBS)[number];
export const PAYMENT_BATCH_VERBS = ['read', 'edit', 'submit', 'approve', 'return', 'export', 'mark-paid'] as const;
export type PaymentBatchVerb = (typeof PAYMENT_BATCH_VERBS)[number];
export const PARTNERSHIP_MONEY_VERBS = ['read', 'register-unused', 'decide-unused', 'record-received'] as const;
export type PartnershipMoneyVerb = (typeof PARTNERSHIP_MONEY_VERBS)[number];
export const ACCOUNT_CHANGE_VERBS = ['read', 'confirm'] as const;
export type AccountChangeVerb = (typeof ACCOUNT_CHANGE_VERBS)[number];

export type UtbetalingVerbs = {
  utbetaling: UtbetalingVerb;
  'payment-batch': PaymentBatchVerb;
  'partnership-money': PartnershipMoneyVerb;
  'account-change': AccountChangeVerb;
};

/** Approving (and returning) a batch uses budget authority: only the person the rule names, never the admin as such. */
export const UTBETALING_PERSONAL_VERBS = ['payment-batch.approve', 'payment-batch.return'] as const;

/** The office's people who follow its money: case officers, budsjettdisponenter and readers (not the forum). */
const moneyReader = (actor: Actor, officeId: string) =>
  staffIn(actor, officeId) || hasRoleInOffice(actor, 'budsjettdisponent', officeId) || readerFor(actor, officeId);

/** Holds the office's budget authority and had no hand in the batch. */
const mayApprove = (actor: Actor, b: PaymentBatchResource) =>
  hasRoleInOffice(actor, 'budsjettdisponent', b.officeId) &&
  actor.userId !== null &&
  !b.preparerUserIds.includes(actor.userId) &&
  b.submitterUserId !== actor.userId;

const officeRules: Rules<UtbetalingOfficeResource, UtbetalingVerb> = {
  /** The plan, the batches' list and the overview per year: the office's money readers. */
  read: (actor, r) => moneyReader(actor, r.officeId),
  /** Approving the plan takes the accounts from the register: the case officers. */
  'approve-plan': (actor, r) => staffIn(actor, r.officeId),
  /** Making a batch of plan lines: the case officers. */
  'prepare-batch': (actor, r) => staffIn(actor, r.officeId),
  /** The account repayments go to and the days a claim gives: the case officers. */
  'edit-settings': (actor, r) => staffIn(actor, r.officeId),
};

const batchRules: Rules<PaymentBatchResource, PaymentBatchVerb> = {
  /** The batch and its file: the case officers, budsjettdisponenter and readers of the office. */
  read: (actor, b) => moneyReader(actor, b.officeId),
  edit: (actor, b) => staffIn(actor, b.officeId),
  submit: (actor, b) => staffIn(actor, b.officeId),
  approve: mayApprove,
  return: mayApprove,
  /** Writing the approved file for the finance system: the case officers. */
  export: (actor, b) => staffIn(actor, b.officeId),
  /** Recording the date the finance system paid it: the case officers. */
  'mark-paid': (actor, b) => staffIn(actor, b.officeId),
};

const ownPartnership = (actor: Actor, p: PartnershipResource) => coordinates(actor, p) || isEditorOf(actor, p) || isMemberOf(actor, p);

const moneyRules: Rules<PartnershipMoneyResource, PartnershipMoneyVerb> = {
  /** Its payments, unused money and claims: the office's money readers and the partnership's own people. */
  read: (actor, m) => moneyReader(actor, m.officeId) || ownPartnership(actor, m.partnership),
  /** Unused money the office found or the partnership reported: recorded by the case officers. */
  'register-unused': (actor, m) => staffIn(actor, m.officeId),
  /** Held over, offset or claimed back: the case officers. */
  'decide-unused': (actor, m) => staffIn(actor, m.officeId),
  /** A repayment received: the case officers. */
  'record-received': (actor, m) => staffIn(actor, m.officeId),
};

const accountRules: Rules<AccountChangeResource, AccountChangeVerb> = {
  read: (actor, a) => staffFor(actor, a.officeId) || (a.officeId !== null && hasRoleInOffice(actor, 'budsjettdisponent', a.officeId)),
  /** Letting a changed account reach money (or rejecting it): the case officers of the organisation's office. */
  confirm: (actor, a) => staffFor(actor, a.officeId),
};

export const utbetalingPolicy: ModulePolicy<UtbetalingModuleResource, UtbetalingVerbs> = {
  utbetaling: officeRules,
  'payment-batch': batchRules,
  'partnership-money': moneyRules,
  'account-change': accountRules,
};
