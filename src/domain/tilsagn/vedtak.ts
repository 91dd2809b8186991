// A decision on one application (issue 14, point 1; ADR 026): a tilsagn with its amounts per year and recipient, or
// an avslag. Prepared from the forum's adopted innstilling — the chosen scenario's split: the owner side's money to
// the partnership's payee organisation, each UH's to that UH — so the case officer starts from what the forum
// recommended. Later years than the round's are promised subject to the Storting's budget (`conditional`), never as
// granted money. A decision that says otherwise than the innstilling (another kind, another amount, another
// recipient) must give the reason in writing: the letter prints it and the forum's next meeting sees it.
import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';
import { MAX_KRONER } from '../shared/money.ts';

export const VEDTAK_KINDS = ['tilsagn', 'avslag'] as const;
export type TVedtakKind = (typeof VEDTAK_KINDS)[number];
export const LINE_RECIPIENTS = ['owner', 'uh'] as const;
export type TLineRecipient = (typeof LINE_RECIPIENTS)[number];

export type TVedtakLine = { year: number; recipient: TLineRecipient; recipientOrgId: string; amountKr: number; conditional: boolean };
/** A line as given by the case officer: whether it is conditional follows from its year. */
export type TLineInput = Omit<TVedtakLine, 'conditional'>;

/** The innstilling's split of one prioritised application per year (src/domain/forum/innstilling-content.ts). */
export type TInnstillingSplit = readonly { year: number; ownerKr: number; uh: readonly { orgId: string; amountKr: number }[] }[];

export const ZLineInput = z.strictObject({
  year: z.number().int().min(2000).max(9999),
  recipient: z.enum(LINE_RECIPIENTS),
  recipientOrgId: z.string().uuid(),
  amountKr: z.number().int().min(0).max(MAX_KRONER),
});

const compareLines = (a: TLineInput, b: TLineInput) =>
  a.year - b.year || a.recipient.localeCompare(b.recipient) || a.recipientOrgId.localeCompare(b.recipientOrgId);

/** The lines with a year's later years marked conditional, zero amounts left out, same year × recipient summed, in
 * a fixed order. */
export function normaliseLines(lines: readonly TLineInput[], roundYear: number): TVedtakLine[] {
  const sums = new Map<string, TLineInput>();
  for (const l of lines) {
    if (l.amountKr === 0) continue;
    const key = `${l.year}|${l.recipient}|${l.recipientOrgId}`;
    const seen = sums.get(key);
    sums.set(key, seen ? { ...seen, amountKr: seen.amountKr + l.amountKr } : { ...l });
  }
  return [...sums.values()].sort(compareLines).map((l) => ({ ...l, conditional: l.year > roundYear }));
}

/** The tilsagn the innstilling recommends: owner amount → the payee, each UH by organisation, later years conditional. */
export function linesFromInnstilling(input: { roundYear: number; payeeOrgId: string; split: TInnstillingSplit }): TVedtakLine[] {
  const lines: TLineInput[] = [];
  for (const y of input.split) {
    lines.push({ year: y.year, recipient: 'owner', recipientOrgId: input.payeeOrgId, amountKr: y.ownerKr });
    for (const u of y.uh) lines.push({ year: y.year, recipient: 'uh', recipientOrgId: u.orgId, amountKr: u.amountKr });
  }
  return normaliseLines(lines, input.roundYear);
}

export type TDecisionShape = { kind: TVedtakKind; lines: readonly TLineInput[] };

/** Whether the decision says otherwise than the innstilling: another kind, or other lines (zero lines ignored). */
export function deviatesFrom(decision: TDecisionShape, innstilling: TDecisionShape, roundYear: number): boolean {
  if (decision.kind !== innstilling.kind) return true;
  const a = normaliseLines(decision.kind === 'tilsagn' ? decision.lines : [], roundYear);
  const b = normaliseLines(innstilling.kind === 'tilsagn' ? innstilling.lines : [], roundYear);
  return a.length !== b.length || a.some((l, i) => compareLines(l, b[i]!) !== 0 || l.amountKr !== b[i]!.amountKr);
}

/** Who may receive money under this application: the partnership's payee for the owner side, its UH members. */
export type TRecipients = { payeeOrgId: string; uhOrgIds: readonly string[] };

/**
 * Checks a decision as it is to be saved: a tilsagn has money, in the round's year or later, to the partnership's
 * payee and UH members only; an avslag has none; a deviation from the innstilling has its reason. Field errors name
 * the field, so the form can point at it.
 */
export function assertDecisionValid(input: {
  /** `reasons` when the decision's reasons are being set: an avslag must give them (forvaltningsloven §§ 24–25). */
  decision: TDecisionShape & { deviationReason: string | null; reasons?: string };
  innstilling: TDecisionShape;
  roundYear: number;
  recipients: TRecipients;
}): void {
  const { decision, roundYear, recipients } = input;
  const lines = normaliseLines(decision.lines, roundYear);
  if (decision.kind === 'avslag' && lines.length > 0) throw fieldError('lines', msg('tilsagn.vedtak.avslagHasLines'));
  if (decision.kind === 'tilsagn' && lines.length === 0) throw fieldError('lines', msg('tilsagn.vedtak.tilsagnWithoutLines'));
  if (decision.kind === 'avslag' && decision.reasons !== undefined && decision.reasons.trim() === '') throw fieldError('reasons', msg('tilsagn.vedtak.avslagReasonsRequired'));
  for (const l of lines) {
    if (l.year < roundYear) throw fieldError('lines', msg('tilsagn.vedtak.lineYearBeforeRound', { year: l.year, roundYear }));
    const ok = l.recipient === 'owner' ? l.recipientOrgId === recipients.payeeOrgId : recipients.uhOrgIds.includes(l.recipientOrgId);
    if (!ok) throw fieldError('lines', msg('tilsagn.vedtak.lineRecipientInvalid'));
  }
  if (deviatesFrom(decision, input.innstilling, roundYear) && (decision.deviationReason ?? '').trim() === '')
    throw fieldError('deviationReason', msg('tilsagn.vedtak.deviationReasonRequired'));
}

function fieldError(field: string, message: string) {
  return new AppError('VALIDATION', message, { fieldErrors: [{ field, message }] });
}

/** The decided later years, summed per year: what the frames of those years must hold as binding. */
export function conditionalYears(lines: readonly TVedtakLine[]): { year: number; amountKr: number }[] {
  const sums = new Map<number, number>();
  for (const l of lines) if (l.conditional && l.amountKr > 0) sums.set(l.year, (sums.get(l.year) ?? 0) + l.amountKr);
  return [...sums].sort(([a], [b]) => a - b).map(([year, amountKr]) => ({ year, amountKr }));
}

export const totalKr = (lines: readonly { amountKr: number }[]) => lines.reduce((s, l) => s + l.amountKr, 0);
