// A payment batch's life and what may go into it (issue 15, point 1; ADR 027). Prepared by a case officer
// ('utkast'), sent for approval ('til-godkjenning'), approved by a budsjettdisponent who had no hand in it
// ('godkjent'), written to the finance system's file ('eksportert'), and paid on an Oslo date ('betalt'); the approver
// may send it back to 'utkast'. Who may take each step is the policy's (policy.ts); which step may follow which, and
// which amounts a line may still take, is this file's. Pure: rows in, decisions out.
import { AppError } from '../shared/app-error.ts';
import { formatKr } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';
import { isLocalDate } from '../tilsagn/vedtak-batch.ts';

export const PAYMENT_BATCH_STATES = ['utkast', 'til-godkjenning', 'godkjent', 'eksportert', 'betalt'] as const;
export type TPaymentBatchState = (typeof PAYMENT_BATCH_STATES)[number];
export const PAYMENT_BATCH_STEPS = ['submit', 'approve', 'return', 'export', 'mark-paid'] as const;
export type TPaymentBatchStep = (typeof PAYMENT_BATCH_STEPS)[number];

const TRANSITIONS: Record<TPaymentBatchStep, { from: readonly TPaymentBatchState[]; to: TPaymentBatchState }> = {
  submit: { from: ['utkast'], to: 'til-godkjenning' },
  approve: { from: ['til-godkjenning'], to: 'godkjent' },
  return: { from: ['til-godkjenning'], to: 'utkast' },
  // The file may be fetched again once written (a download lost, a second copy for the archive): it stays 'eksportert'.
  export: { from: ['godkjent', 'eksportert'], to: 'eksportert' },
  // A batch is paid from the file the finance system read: never straight from 'godkjent'.
  'mark-paid': { from: ['eksportert'], to: 'betalt' },
};

const REFUSED = {
  submit: 'utbetaling.batch.cannotSubmit',
  approve: 'utbetaling.batch.cannotApprove',
  return: 'utbetaling.batch.cannotReturn',
  export: 'utbetaling.batch.cannotExport',
  'mark-paid': 'utbetaling.batch.cannotMarkPaid',
} as const;

export const asPaymentBatchState = (s: string): TPaymentBatchState =>
  (PAYMENT_BATCH_STATES as readonly string[]).includes(s) ? (s as TPaymentBatchState) : 'utkast';

export const canStep = (state: TPaymentBatchState, step: TPaymentBatchStep) => TRANSITIONS[step].from.includes(state);

/** The state after the step; refuses (409) a step the batch's state does not allow. */
export function nextPaymentBatchState(state: TPaymentBatchState, step: TPaymentBatchStep): TPaymentBatchState {
  if (!canStep(state, step)) throw new AppError('CONFLICT', msg(REFUSED[step]));
  return TRANSITIONS[step].to;
}

/** Items are changed only while the batch is a draft, so what is approved is exactly what was sent. */
export function assertBatchEditable(state: TPaymentBatchState): void {
  if (state !== 'utkast') throw new AppError('CONFLICT', msg('utbetaling.batch.notEditable'));
}

/** The batch's verbs that mean something in its state (the policy decides who; this, when): for the UI's offers. */
export function batchVerbFitsState(verb: 'read' | 'edit' | 'submit' | 'approve' | 'return' | 'export' | 'mark-paid', state: TPaymentBatchState): boolean {
  if (verb === 'read') return true;
  if (verb === 'edit') return state === 'utkast';
  return canStep(state, verb);
}

/** A batch holds money until it is paid; one still 'utkast' holds it too, so two drafts cannot promise the same krone. */
export const OPEN_BATCH_STATES: readonly TPaymentBatchState[] = ['utkast', 'til-godkjenning', 'godkjent', 'eksportert'];

/** A plan line as the batch rules read it. `paidKr`: in batches 'betalt'; `inOtherBatchesKr`: in other open batches. */
export type TPayableLine = {
  id: string;
  kind: string;
  approved: boolean;
  kontonr: string | null;
  amountKr: number;
  offsetKr: number;
  paidKr: number;
  inOtherBatchesKr: number;
  /** The grant year of the line and the first year of its tilsagn (the report gate). */
  year: number;
  firstYear: number;
  /** Named in messages: the partnership and the recipient. */
  label: string;
};

/** What may still be paid of a line: its amount less any offset, what is paid and what other open batches hold. */
export const payableRestKr = (l: Pick<TPayableLine, 'amountKr' | 'offsetKr' | 'paidKr' | 'inOtherBatchesKr'>): number =>
  Math.max(0, l.amountKr - l.offsetKr - l.paidKr - l.inOtherBatchesKr);

/** The report gate's facts: whether the scheme's rule is on, and the years whose report is approved (per tilsagn). */
export type TReportGate = { paymentAwaitsReport: boolean; approvedReportYears: readonly number[] };

/**
 * Where the scheme's rule `paymentAwaitsReport` is on, a later year's money waits for the report of the year before
 * (the grant is paid year by year against what was done): the first year is paid on the accepted tilsagn alone.
 */
export function awaitsReport(line: Pick<TPayableLine, 'year' | 'firstYear'>, gate: TReportGate): boolean {
  if (!gate.paymentAwaitsReport || line.year <= line.firstYear) return false;
  return !gate.approvedReportYears.includes(line.year - 1);
}

const refuse = (message: string) => new AppError('VALIDATION', message, { fieldErrors: [{ field: 'items', message }] });

/**
 * One item checked against its line: only an approved 'utbetaling' line with an account (a state UH's transfer is
 * listed, never in a file; an unapproved line has no account that may reach money), not held back by the report gate,
 * and an amount of whole kroner above 0 and at most the payable rest — a line is never paid beyond its amount less
 * any offset (ADR 027). Refused with a Norwegian message that names the line.
 */
export function checkItem(line: TPayableLine, amountKr: number, gate: TReportGate): void {
  if (line.kind !== 'utbetaling') throw refuse(msg('utbetaling.batch.lineIsTransfer', { line: line.label }));
  if (!line.approved) throw refuse(msg('utbetaling.batch.lineNotApproved', { line: line.label }));
  if (!line.kontonr) throw refuse(msg('utbetaling.batch.lineNoAccount', { line: line.label }));
  if (awaitsReport(line, gate)) throw refuse(msg('utbetaling.batch.awaitsReport', { line: line.label, year: line.year, reportYear: line.year - 1 }));
  if (!Number.isSafeInteger(amountKr) || amountKr <= 0) throw refuse(msg('utbetaling.batch.amountInvalid', { line: line.label }));
  const rest = payableRestKr(line);
  if (amountKr > rest) throw refuse(msg('utbetaling.batch.overPayment', { line: line.label, amount: formatKr(amountKr), rest: formatKr(rest) }));
}

/** Each line at most once in a batch (the table's key): a part payment is one item with a smaller amount. */
export function assertDistinctLines(items: readonly { lineId: string }[]): void {
  if (new Set(items.map((i) => i.lineId)).size !== items.length) throw refuse(msg('utbetaling.batch.duplicateLine'));
}

/** The Oslo date the finance system paid the batch: a real date, not after today (it has happened). */
export function paidOnValid(paidOnLocal: string, todayLocal: string): string {
  const value = paidOnLocal.trim();
  const refused = (message: string) => new AppError('VALIDATION', message, { fieldErrors: [{ field: 'paidOnLocal', message }] });
  if (!isLocalDate(value)) throw refused(msg('utbetaling.batch.paidOnInvalid'));
  if (value > todayLocal) throw refused(msg('utbetaling.batch.paidOnFuture'));
  return value;
}

/** The text on a payment in the finance system: "Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms". */
export const paymentText = (schemeShortName: string, roundYear: number, year: number, partnershipName: string) =>
  `${schemeShortName} ${roundYear} – tilskudd ${year} – ${partnershipName}`;
