// The secretariat's record of how the forum adopted an item (issue 13, point 5) as the form holds it, and the body
// the API takes (src/domain/forum/decision.ts ZDecisionInput). A vote's counts are either the votes the members cast
// on the screen (the server counts them: `counts` null) or entered by hand, e.g. after a show of hands. Field names
// follow the server's error paths: `text` and `counts`.
import type { FieldError } from '../../api.ts';
import { VOTE_OPTIONS, type TDecisionInput, type TVoteCounts, type TVoteOption } from '../../../domain/forum/decision.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type DecisionFormValues = {
  kind: 'consensus' | 'vote';
  text: string;
  countsFrom: 'cast' | 'entered';
  counts: Record<TVoteOption, string>;
  dissent: string;
};

export const emptyDecision = (): DecisionFormValues => ({ kind: 'consensus', text: '', countsFrom: 'entered', counts: { for: '', mot: '', avstår: '' }, dissent: '' });

const WHOLE = /^\s*\d{1,6}\s*$/;
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** An entered count: a whole number, blank counting as 0. */
function countOf(text: string): number | null {
  if (text.trim() === '') return 0;
  return WHOLE.test(text) ? Number(text.trim()) : null;
}

export function decisionBody(v: DecisionFormValues): TDecisionInput {
  if (v.kind === 'consensus') return { kind: 'consensus', text: v.text.trim(), dissent: orNull(v.dissent) };
  const counts = Object.fromEntries(VOTE_OPTIONS.map((o) => [o, countOf(v.counts[o]) ?? 0])) as TVoteCounts;
  return { kind: 'vote', text: orNull(v.text), counts: v.countsFrom === 'entered' ? counts : null, dissent: orNull(v.dissent) };
}

/** The counts pre-filled from the votes members cast (the secretariat's tally, GET …/votes) once the form is on a vote
 * and no count is entered: a proposal the secretariat may change — a show of hands may differ — and never over
 * counts already typed. Unchanged (the same object) otherwise, so a state update with it is a no-op. */
export function withCastCounts(v: DecisionFormValues, cast: TVoteCounts | undefined): DecisionFormValues {
  if (!cast || v.kind !== 'vote' || VOTE_OPTIONS.some((o) => v.counts[o].trim() !== '')) return v;
  if (VOTE_OPTIONS.every((o) => cast[o] === 0)) return v;
  return { ...v, counts: { for: String(cast.for), mot: String(cast.mot), avstår: String(cast.avstår) } };
}

/** What the form can tell before asking the server: the wording of a consensus, and counts that are whole numbers
 * (the bound by the voters present is the server's, which knows who is present and not recused). */
export function decisionErrors(v: DecisionFormValues, notWhole: (option: TVoteOption) => string): FieldError[] {
  const errors: FieldError[] = [];
  if (v.kind === 'consensus' && v.text.trim() === '') errors.push({ field: 'text', message: msg('forum.decision.textRequired') });
  if (v.kind === 'vote' && v.countsFrom === 'entered') {
    for (const o of VOTE_OPTIONS) if (countOf(v.counts[o]) === null) errors.push({ field: `counts.${o}`, message: notWhole(o) });
    if (errors.length === 0 && VOTE_OPTIONS.every((o) => countOf(v.counts[o]) === 0)) errors.push({ field: 'counts', message: msg('forum.decision.noVotes') });
  }
  return errors;
}
