// Accepting a tilsagn (issue 14, point 4; ADR 026). The addressee's coordinator accepts the tilsagn and its
// conditions in the app; the next issue's payments wait for it. Only money that is paid out is accepted: an avslag
// asks nothing, and a state UH's share is a budget transfer within the state, so a tilsagn of transfers alone needs
// no acceptance either. A reminder is due when the last day to accept has passed, or is near, without an acceptance:
// here a fact the office's pipeline and the partnership's page show; the next issue sends the e-mail.
// Whether a decision needs acceptance, its last day and the Oslo date arithmetic are the rules
// (issue-letters.ts): one rule for issuing and accepting, re-exported here for the acceptance's readers.
import { addDaysLocal } from './issue-letters.ts';

export { acceptanceDueLocal, addDaysLocal, needsAcceptance, osloDateOf } from './issue-letters.ts';

/** How near the last day (in days) a reminder is due when nothing is accepted yet. */
export const REMINDER_DAYS_BEFORE_DUE = 7;

export type TAcceptanceState = {
  /** The letter has gone out. */
  issued: boolean;
  /** needsAcceptance() of its kind and lines. */
  needsAcceptance: boolean;
  /** The last day to accept (set at issue). */
  acceptanceDueLocal: string | null;
  acceptedAt: Date | null;
  /** A later decision replaced this one (an endringsvedtak or a reversal): the new one is accepted instead. */
  superseded: boolean;
};

/** Waiting for the addressee's acceptance: issued with money paid out, not accepted and not replaced. */
export function awaitsAcceptance(s: TAcceptanceState): boolean {
  return s.issued && s.needsAcceptance && s.acceptedAt === null && !s.superseded;
}

/**
 * A reminder is due when a decision awaits acceptance and its last day has passed or is at most `withinDays` away
 * (Oslo dates compared as text, which orders `YYYY-MM-DD` correctly).
 */
export function reminderDue(s: TAcceptanceState, todayLocal: string, withinDays = REMINDER_DAYS_BEFORE_DUE): boolean {
  if (!awaitsAcceptance(s) || s.acceptanceDueLocal === null) return false;
  return addDaysLocal(todayLocal, withinDays) >= s.acceptanceDueLocal;
}

export type TAcceptanceRefusal = 'not-issued' | 'nothing-to-accept' | 'accepted' | 'superseded';

/** Why a decision cannot be accepted now (the policy has said who may), or null when it can. */
export function acceptanceRefusal(s: TAcceptanceState): TAcceptanceRefusal | null {
  if (!s.issued) return 'not-issued';
  if (!s.needsAcceptance) return 'nothing-to-accept';
  if (s.acceptedAt !== null) return 'accepted';
  if (s.superseded) return 'superseded';
  return null;
}
