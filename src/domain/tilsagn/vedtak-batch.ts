// An approval list's life (issue 14, point 1; ADR 026): prepared ('utkast'), sent for approval ('til-godkjenning'),
// approved by a budsjettdisponent who prepared none of it ('godkjent'), its letters numbered and queued ('utstedt').
// The approver may send it back to 'utkast' with a message. Decisions are edited only while their list is a draft,
// so what is approved is exactly what was sent. Who may take each step is the policy's (policy.ts); which step may
// follow which is this file's.
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-catalogs.ts';

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
