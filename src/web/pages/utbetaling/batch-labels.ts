// The words for a payment plan's and a batch's values (issue 15, point 1): batch states, payment kinds, recipients,
// the tilsagn's acceptance states and why a line is blocked — one map each, so a new value in the domain's lists
// fails to compile here until it has its text.
import type { LINE_BLOCKERS, PLAN_TILSAGN_STATES } from '../../../domain/utbetaling/plan-contract.ts';
import type { TPaymentBatchState } from '../../../domain/utbetaling/payment-batch.ts';
import type { TPaymentKind, TPlanRecipient } from '../../../domain/utbetaling/payment-plan.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';

export const BATCH_STATE_LABEL: Record<TPaymentBatchState, MessageKey> = {
  utkast: 'utbetaling.batch.stateUtkast',
  'til-godkjenning': 'utbetaling.batch.stateTilGodkjenning',
  godkjent: 'utbetaling.batch.stateGodkjent',
  eksportert: 'utbetaling.batch.stateEksportert',
  betalt: 'utbetaling.batch.stateBetalt',
};

/** Tag colours: being worked on (info), waiting on someone (warning), on its way or done (success). */
export const BATCH_STATE_COLOR: Record<TPaymentBatchState, 'neutral' | 'info' | 'warning' | 'success'> = {
  utkast: 'info',
  'til-godkjenning': 'warning',
  godkjent: 'success',
  eksportert: 'success',
  betalt: 'success',
};

export const PAYMENT_KIND_LABEL: Record<TPaymentKind, MessageKey> = {
  utbetaling: 'utbetaling.plan.kindUtbetaling',
  overforing: 'utbetaling.plan.kindOverforing',
};

export const RECIPIENT_LABEL: Record<TPlanRecipient, MessageKey> = {
  owner: 'utbetaling.plan.recipientOwner',
  uh: 'utbetaling.plan.recipientUh',
};

export const TILSAGN_STATE_LABEL: Record<(typeof PLAN_TILSAGN_STATES)[number], MessageKey> = {
  'venter-paa-aksept': 'utbetaling.plan.tilsagnWaiting',
  akseptert: 'utbetaling.plan.tilsagnAccepted',
  'uten-aksept': 'utbetaling.plan.tilsagnNoAcceptance',
  erstattet: 'utbetaling.plan.tilsagnReplaced',
};

export const TILSAGN_STATE_COLOR: Record<(typeof PLAN_TILSAGN_STATES)[number], 'neutral' | 'warning' | 'success'> = {
  'venter-paa-aksept': 'warning',
  akseptert: 'success',
  'uten-aksept': 'neutral',
  erstattet: 'neutral',
};

export const BLOCKER_LABEL: Record<(typeof LINE_BLOCKERS)[number], MessageKey> = {
  transfer: 'utbetaling.plan.blockedTransfer',
  'not-approved': 'utbetaling.plan.blockedNotApproved',
  'no-account': 'utbetaling.plan.blockedNoAccount',
};
