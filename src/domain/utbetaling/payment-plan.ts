// The payment plan's rules (issue 15 point 1, ADR 027): from an accepted tilsagn's lines to one plan line per year
// and recipient, what is still payable on a line, whether the approved account differs from the one the application
// gave (5.1 for the owner side, 5.3 per UH), and why a line cannot go into a batch. Pure: rows in, answers out.
import { receivesByTransfer, type TRecipientProfile } from '../tilsagn/recipient.ts';
import { kontonrDigits } from './account.ts';

export const PAYMENT_KINDS = ['utbetaling', 'overforing'] as const;
export type TPaymentKind = (typeof PAYMENT_KINDS)[number];
export const PLAN_RECIPIENTS = ['owner', 'uh'] as const;
export type TPlanRecipient = (typeof PLAN_RECIPIENTS)[number];

export type TDecisionLine = { year: number; recipient: string; recipientOrgId: string; amountKr: number };
export type TPlanLineDraft = { year: number; recipient: TPlanRecipient; recipientOrgId: string; kind: TPaymentKind; amountKr: number };

/** The facts that decide whether a decision gets a payment plan. */
export type TPlanGate = { kind: string; issued: boolean; superseded: boolean; accepted: boolean; needsAcceptance: boolean };

/**
 * A decision is planned when it is an issued tilsagn in force that the addressee accepted — or one of transfers only,
 * which asks no acceptance. An avslag, a replaced decision or one still awaiting acceptance is not.
 */
export function plannable(g: TPlanGate): boolean {
  return g.kind === 'tilsagn' && g.issued && !g.superseded && (g.accepted || !g.needsAcceptance);
}

/**
 * The plan lines of a decision's lines: one per year and recipient with money; a state UH's share is a transfer
 * ('overforing': listed, never in a payment file), everyone else's paid out. `profileOf` answers null for an
 * organisation without a profile (paid out, as the table's default).
 */
export function planLinesFor(lines: readonly TDecisionLine[], profileOf: (orgId: string) => TRecipientProfile | null): TPlanLineDraft[] {
  return lines
    .filter((l) => l.amountKr > 0)
    .map((l) => {
      const recipient: TPlanRecipient = l.recipient === 'uh' ? 'uh' : 'owner';
      const kind: TPaymentKind = recipient === 'uh' && receivesByTransfer(profileOf(l.recipientOrgId)) ? 'overforing' : 'utbetaling';
      return { year: l.year, recipient, recipientOrgId: l.recipientOrgId, kind, amountKr: l.amountKr };
    });
}

/** The kroner of a line still to pay: its amount less any offset, less what is paid or already in a batch; never
 * below zero. */
export function payableKr(l: { amountKr: number; offsetKr: number; paidKr: number; inBatchesKr: number }): number {
  return Math.max(0, l.amountKr - l.offsetKr - l.paidKr - l.inBatchesKr);
}

/**
 * The approved account differs from the application's: compared as digits, and only when the application gave one
 * (an application without it has nothing to differ from); no approved account against a given one differs.
 */
export function kontonrDiffers(approved: string | null, application: string | null): boolean {
  const given = kontonrDigits(application);
  return given !== '' && kontonrDigits(approved) !== given;
}

type TUhRow = { navn?: unknown; orgnr?: unknown; kontonr?: unknown };
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The account the application gave for a recipient: 5.1's responsible owner for the owner side, the 5.3 row of the
 * UH for a UH (found by organisation number, else by name). Null when it gave none.
 */
export function applicationKontonr(values: Record<string, unknown>, recipient: TPlanRecipient, org: { name: string; orgnr: string | null }): string | null {
  if (recipient === 'owner') return text(values['s5.ansvarligEier.kontonr']) || null;
  const rows = Array.isArray(values['s5.uh']) ? (values['s5.uh'] as TUhRow[]) : [];
  const orgnr = kontonrDigits(org.orgnr);
  const byOrgnr = orgnr !== '' ? rows.find((r) => kontonrDigits(text(r.orgnr)) === orgnr) : undefined;
  const byName = rows.find((r) => text(r.navn).toLowerCase() === org.name.trim().toLowerCase());
  return text((byOrgnr ?? byName)?.kontonr) || null;
}

export type TLineBlocker = 'transfer' | 'not-approved' | 'no-account';

/**
 * Why a line cannot go into a payment batch, or null when it can: a transfer is never in a file, an unapproved line
 * has no checked account yet, and an approved line whose recipient had no account in the register must get one
 * (and be approved again) first.
 */
export function lineBlocker(l: { kind: string; approvedAt: Date | null; kontonr: string | null }): TLineBlocker | null {
  if (l.kind === 'overforing') return 'transfer';
  if (l.approvedAt === null) return 'not-approved';
  if (kontonrDigits(l.kontonr) === '') return 'no-account';
  return null;
}
