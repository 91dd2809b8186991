// An approval list's life (issue 14, point 1; ADR 026): prepared ('utkast'), sent for approval ('til-godkjenning'),
// approved by a budsjettdisponent who prepared none of it ('godkjent'), its letters numbered and queued ('utstedt').
// The approver may send it back to 'utkast' with a message. Decisions are edited only while their list is a draft,
// so what is approved is exactly what was sent. Who may take each step is the policy's (policy.ts); which step may
// follow which is this file's.
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';

export const BATCH_KINDS = ['vedtak', 'endringsvedtak'] as const;
export type TBatchKind = (typeof BATCH_KINDS)[number];
export const BATCH_STATES = ['utkast', 'til-godkjenning', 'godkjent', 'utstedt'] as const;
export type TBatchState = (typeof BATCH_STATES)[number];
export const BATCH_STEPS = ['submit', 'approve', 'return', 'issue'] as const;
export type TBatchStep = (typeof BATCH_STEPS)[number];

const TRANSITIONS: Record<TBatchStep, { from: TBatchState; to: TBatchState }> = {
  submit: { from: 'utkast', to: 'til-godkjenning' },
  approve: { from: 'til-godkjenning', to: 'godkjent' },
  return: { from: 'til-godkjenning', to: 'utkast' },
  issue: { from: 'godkjent', to: 'utstedt' },
};

const REFUSED = {
  submit: 'tilsagn.batch.cannotSubmit',
  approve: 'tilsagn.batch.cannotApprove',
  return: 'tilsagn.batch.cannotReturn',
  issue: 'tilsagn.batch.cannotIssue',
} as const satisfies Record<TBatchStep, string>;

/** Whether the step may be taken from this state. */
export const canStep = (state: TBatchState, step: TBatchStep) => TRANSITIONS[step].from === state;

/** The state after the step; refuses (409) a step the list's state does not allow. */
export function nextBatchState(state: TBatchState, step: TBatchStep): TBatchState {
  if (!canStep(state, step)) throw new AppError('CONFLICT', msg(REFUSED[step]));
  return TRANSITIONS[step].to;
}

/** Decisions are changed only while their list is a draft. */
export function assertEditable(state: TBatchState): void {
  if (state !== 'utkast') throw new AppError('CONFLICT', msg('tilsagn.batch.notEditable'));
}

/** The list's verbs that mean something in its state (the policy decides who; this, when): for the UI's offers. */
export function verbFitsState(verb: 'read' | 'edit' | 'submit' | 'approve' | 'return', state: TBatchState): boolean {
  if (verb === 'read') return true;
  if (verb === 'edit' || verb === 'submit') return state === 'utkast';
  return state === 'til-godkjenning';
}

export const asBatchState = (s: string): TBatchState => (BATCH_STATES as readonly string[]).includes(s) ? (s as TBatchState) : 'utkast';

// The report deadline (issue 14, point 3: a tilsagnsbrev states the reporting duty with its deadline). Neither the
// scheme rules nor the grant rules name a day, so the office sets it per list, starting from a default. The
// partnerships' report covers a kindergarten and school year (rapporteringsskjema 2022/2023: "har deltatt i
// partnerskapet i barnehage- og skoleåret 2022-2023") — the one the grant year's money starts, which ends in June of
// the year after. Troms og Finnmark printed its internal report of the 2022/2023 answers on 2 November 2023, so the
// answers were in by October: 1 October the year after the grant year leaves the summer and September to report on
// the whole year, and the office a month for its own report.
const REPORT_DUE_MONTH_DAY = '10-01';
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return at.toISOString().slice(0, 10) === text;
}

/**
 * The report deadline a round's decisions get when prepared: 1 October the year after the grant year — or, when the
 * decisions are prepared so late that this day has passed, the next 1 October, since a deadline already gone is no
 * deadline (and editing refuses one: reportDueValid).
 */
export function defaultReportDueLocal(grantYear: number, todayLocal: string): string {
  const due = `${grantYear + 1}-${REPORT_DUE_MONTH_DAY}`;
  if (due >= todayLocal) return due;
  const thisYear = `${todayLocal.slice(0, 4)}-${REPORT_DUE_MONTH_DAY}`;
  return thisYear >= todayLocal ? thisYear : `${Number(todayLocal.slice(0, 4)) + 1}-${REPORT_DUE_MONTH_DAY}`;
}

/**
 * A report deadline the case officer sets, checked: a real date, and not before the day of the decision — the
 * letters are dated the day they are issued, at the earliest today (Oslo), and a deadline before the letter is
 * impossible to meet. Refused with a message on the field.
 */
export function reportDueValid(reportDueLocal: string, todayLocal: string): string {
  const value = reportDueLocal.trim();
  const refuse = (message: string) => new AppError('VALIDATION', message, { fieldErrors: [{ field: 'reportDueLocal', message }] });
  if (!isLocalDate(value)) throw refuse(msg('tilsagn.batch.reportDueInvalid'));
  if (value < todayLocal) throw refuse(msg('tilsagn.batch.reportDueBeforeToday'));
  return value;
}
