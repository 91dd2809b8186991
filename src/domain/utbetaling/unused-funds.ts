// Unused money of one tilsagn year and recipient (issue 15 point 2, ADR 027): registered when the partnership reports
// it or the office finds it, then decided once by a case officer — held over to the same measure next year
// ('overfort'), set off against next year's payment ('motregnet') or claimed back ('krevd'), and a claim later
// received ('mottatt'). The rules are pure: the use cases read the facts (what was decided and paid, next year's
// payable rest, the office's settings) and apply what these answer. One schema per input, for browser and server.
import { z } from 'zod';
import { ZKontonr, ZUuid, zText } from '../shared/fields.ts';
import { MAX_KRONER } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';
import { zExpectedVersion } from '../shared/version.ts';
import { addDaysLocal } from '../tilsagn/issue-letters.ts';
import { isLocalDate } from '../tilsagn/vedtak-batch.ts';

export const UNUSED_STATES = ['registrert', 'overfort', 'motregnet', 'krevd', 'mottatt'] as const;
export type TUnusedState = (typeof UNUSED_STATES)[number];
export const UNUSED_DECISIONS = ['overfort', 'motregnet', 'krevd'] as const;
export type TUnusedDecision = (typeof UNUSED_DECISIONS)[number];
/** 'rapport': the partnership reported it; 'kontor': the office found it. */
export const UNUSED_SOURCES = ['rapport', 'kontor'] as const;
export type TUnusedSource = (typeof UNUSED_SOURCES)[number];
export const UNUSED_RECIPIENTS = ['owner', 'uh'] as const;

export const REPAYMENT_DAYS_MIN = 7;
export const REPAYMENT_DAYS_MAX = 90;
/** No settings row: 30 days to pay (the table's default), and no account (a claim cannot be issued). */
export const DEFAULT_REPAYMENT_DAYS = 30;
export const REASON_MAX = 2000;

const amountMessage = msg('utbetaling.unused.amountInvalid', { label: msg('utbetaling.label.amount') });
const zKroner = (message: string) => z.number({ error: message }).int({ message }).positive({ message }).max(MAX_KRONER, { message });
const zYear = z
  .number({ error: msg('utbetaling.unused.yearInvalid') })
  .int({ message: msg('utbetaling.unused.yearInvalid') })
  .min(2000, { message: msg('utbetaling.unused.yearInvalid') })
  .max(9999, { message: msg('utbetaling.unused.yearInvalid') });
const zLocalDate = (message: string) => z.string({ error: message }).refine(isLocalDate, { message });

export const ZRegisterUnusedInput = z.strictObject({
  year: zYear,
  recipient: z.enum(UNUSED_RECIPIENTS, { message: msg('utbetaling.unused.recipientInvalid') }),
  recipientOrgId: ZUuid,
  amountKr: zKroner(amountMessage),
  source: z.enum(UNUSED_SOURCES, { message: msg('utbetaling.unused.sourceInvalid') }),
  note: z
    .string()
    .trim()
    .max(REASON_MAX, { message: msg('shared.tooLong', { label: msg('utbetaling.label.note'), max: REASON_MAX }) })
    .optional()
    .transform((v) => v ?? ''),
});
export type TRegisterUnusedInput = z.output<typeof ZRegisterUnusedInput>;

/** Every decision gives its reason (forvaltningsloven: a claim must say why); a target year only where the money
 * goes on (absent: the year after the grant year). */
export const ZUnusedDecisionInput = z.strictObject({
  decision: z.enum(UNUSED_DECISIONS, { message: msg('utbetaling.unused.decisionInvalid') }),
  reason: zText(msg('utbetaling.label.reason'), REASON_MAX),
  targetYear: zYear.optional(),
  expectedVersion: zExpectedVersion,
});
export type TUnusedDecisionInput = z.output<typeof ZUnusedDecisionInput>;

export const ZRepaymentReceivedInput = z.strictObject({
  receivedOnLocal: zLocalDate(msg('utbetaling.unused.receivedDateInvalid')),
  amountKr: zKroner(amountMessage),
  expectedVersion: zExpectedVersion,
});
export type TRepaymentReceivedInput = z.output<typeof ZRepaymentReceivedInput>;

const DAYS_MESSAGE = msg('utbetaling.settings.daysInvalid', { label: msg('utbetaling.label.repaymentDays'), min: REPAYMENT_DAYS_MIN, max: REPAYMENT_DAYS_MAX });
export const ZUtbetalingSettingInput = z.strictObject({
  /** Null or '' clears it (then no claim can be issued). */
  repaymentKontonr: z.preprocess((v) => (v === '' ? null : v), ZKontonr.nullable()),
  repaymentDays: z.number({ error: DAYS_MESSAGE }).int({ message: DAYS_MESSAGE }).min(REPAYMENT_DAYS_MIN, { message: DAYS_MESSAGE }).max(REPAYMENT_DAYS_MAX, { message: DAYS_MESSAGE }),
  /** Absent on the first save (no settings row yet). */
  expectedVersion: zExpectedVersion.optional(),
});
export type TUtbetalingSettingInput = z.output<typeof ZUtbetalingSettingInput>;

/**
 * The most that may be registered as unused for a tilsagn year and recipient, less what is registered already.
 * Reported money is money the partnership received, so it is capped by what was paid. The office may find money that
 * will not be used before it is paid (a measure stopped): then the cap is the decided amount — what is unpaid can
 * still be held over or set off, though never claimed (see decisionRefusal).
 */
export function unusedCap(f: { source: TUnusedSource; decidedKr: number; paidKr: number; registeredKr: number }): number {
  const base = f.source === 'rapport' ? f.paidKr : f.decidedKr;
  return Math.max(0, base - f.registeredKr);
}

/** What a payment line can still pay: its amount less offsets and what batches already hold of it. */
export const payableRest = (line: { amountKr: number; offsetKr: number }, inBatchesKr: number) => Math.max(0, line.amountKr - line.offsetKr - inBatchesKr);

export type TDecisionFacts = {
  state: string;
  year: number;
  amountKr: number;
  /** What was paid for the row's tilsagn year and recipient (batches marked paid). */
  paidKr: number;
  decision: TUnusedDecision;
  targetYear: number;
  /** 'motregnet': next year's payment line of the same tilsagn and recipient, with its payable rest; null when none. */
  offsetLine: { payableRestKr: number } | null;
  /** 'krevd': the office's repayment account. */
  repaymentKontonr: string | null;
};

export type TDecisionRefusal =
  | { code: 'decided'; state: string }
  | { code: 'target-year' }
  | { code: 'no-offset-line'; targetYear: number }
  | { code: 'offset-above-rest'; restKr: number }
  | { code: 'no-account' }
  | { code: 'claim-above-paid'; paidKr: number };

/** Why a decision cannot be made, or null. Decided once: a later change is a new registration. */
export function decisionRefusal(f: TDecisionFacts): TDecisionRefusal | null {
  if (f.state !== 'registrert') return { code: 'decided', state: f.state };
  if (f.decision === 'overfort' || f.decision === 'motregnet') {
    if (f.targetYear <= f.year) return { code: 'target-year' };
  }
  if (f.decision === 'motregnet') {
    if (!f.offsetLine) return { code: 'no-offset-line', targetYear: f.targetYear };
    if (f.offsetLine.payableRestKr < f.amountKr) return { code: 'offset-above-rest', restKr: f.offsetLine.payableRestKr };
  }
  if (f.decision === 'krevd') {
    if (!f.repaymentKontonr) return { code: 'no-account' };
    // Only money that reached the recipient can be claimed back; unpaid money is set off or held over instead.
    if (f.paidKr < f.amountKr) return { code: 'claim-above-paid', paidKr: f.paidKr };
  }
  return null;
}

/** The year the money goes on to when the case officer names none: the year after the grant year. */
export const defaultTargetYear = (year: number) => year + 1;

/** The claim's due date: the letter's date plus the office's days to pay (Oslo calendar dates). */
export const claimDueLocal = (issuedOnLocal: string, repaymentDays: number) => addDaysLocal(issuedOnLocal, repaymentDays);

/**
 * A repayment coming in. Part payments are allowed (a municipality may pay in instalments): they add up in
 * received_kr, the row stays 'krevd' until the whole claim is in and then turns 'mottatt'. Paying more than is
 * outstanding is refused (an overpayment is returned by the finance system, not recorded as received).
 */
export function receiptOutcome(f: { state: string; amountKr: number; receivedKr: number | null; incomingKr: number }):
  | { ok: true; receivedKr: number; state: 'krevd' | 'mottatt' }
  | { ok: false; code: 'not-claimed' | 'above-outstanding'; outstandingKr: number } {
  const before = f.receivedKr ?? 0;
  const outstanding = f.amountKr - before;
  if (f.state !== 'krevd') return { ok: false, code: 'not-claimed', outstandingKr: Math.max(0, outstanding) };
  if (f.incomingKr > outstanding) return { ok: false, code: 'above-outstanding', outstandingKr: outstanding };
  const receivedKr = before + f.incomingKr;
  return { ok: true, receivedKr, state: receivedKr === f.amountKr ? 'mottatt' : 'krevd' };
}

/** The job that renders a repayment claim letter (PDF and Word), queued by the 'krevd' decision in its transaction. */
export const RENDER_REPAYMENT_CLAIM_JOB = 'render-repayment-claim';
export type RenderRepaymentClaimPayload = { unusedFundsId: string };

export const CLAIM_FORMATS = ['pdf', 'docx'] as const;
export type TClaimFormat = (typeof CLAIM_FORMATS)[number];

/** File-store keys are flat (no folders), hence the dashes. */
export const claimFileKey = (unusedFundsId: string, format: TClaimFormat) => `repayment-claim-${unusedFundsId}.${format}`;
/** `2071/8245-9` → `krav-2071-8245-9.pdf`. */
export const claimFileName = (documentNumber: string, format: TClaimFormat) => `krav-${documentNumber.replace(/[^0-9A-Za-z-]+/g, '-')}.${format}`;
