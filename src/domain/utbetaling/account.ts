// Which account may reach money (issue 15 point 1, ADR 027). The organisation register is the org module's and changes
// at once when a coordinator edits it; the money follows only when a case officer confirms the change. So while a
// change waits, the approved account is the one it replaced — the change's old account — not the register's.
// Pure: rows in, answers out.

export const ACCOUNT_CHANGE_STATES = ['venter', 'bekreftet', 'avvist'] as const;
export type TAccountChangeState = (typeof ACCOUNT_CHANGE_STATES)[number];

/** An account number as its digits: spaces, dots and dashes are how people write it, not part of it. */
export const kontonrDigits = (v: string | null | undefined): string => (v ?? '').replace(/\D/g, '');

/** Two written account numbers name the same account (both empty counts as the same: no account). */
export const sameKontonr = (a: string | null | undefined, b: string | null | undefined): boolean => kontonrDigits(a) === kontonrDigits(b);

/** Stored accounts are written the same way everywhere: digits only, or null for none. */
export const normalKontonr = (v: string | null | undefined): string | null => kontonrDigits(v) || null;

/** An organisation's latest account change as these rules read it. */
export type TLatestChange = { id: string; state: string; oldKontonr: string | null };

/**
 * The account that may reach money for an organisation: the register's, unless its latest change has not been let
 * through — waiting for a case officer, or rejected — then the account that change replaced (the last one the office
 * let through). A rejected change leaves the register holding an account the office refused: it must not reach money
 * either.
 */
export function approvedKontonr(registerKontonr: string | null, latest: TLatestChange | null | undefined): string | null {
  return normalKontonr(latest && latest.state !== 'bekreftet' ? latest.oldKontonr : registerKontonr);
}

/**
 * What an edit of the register's account means for the money: nothing when the account is the same, when the
 * organisation has no payment lines, or when it goes back to the approved account after a rejection; otherwise a
 * change is opened from the approved account, or the one already waiting is moved on to the newest account (one
 * change per organisation waits at a time, so the old account stays the one the office last let through).
 */
export function accountChangeFor(input: {
  before: string | null;
  after: string | null;
  hasPaymentLines: boolean;
  latest: TLatestChange | null | undefined;
}): { action: 'none' } | { action: 'open'; oldKontonr: string | null; newKontonr: string | null } | { action: 'move'; id: string; newKontonr: string | null } {
  if (sameKontonr(input.before, input.after) || !input.hasPaymentLines) return { action: 'none' };
  const newKontonr = normalKontonr(input.after);
  if (input.latest?.state === 'venter') return { action: 'move', id: input.latest.id, newKontonr };
  const oldKontonr = approvedKontonr(input.before, input.latest);
  if (sameKontonr(oldKontonr, newKontonr)) return { action: 'none' };
  return { action: 'open', oldKontonr, newKontonr };
}
