// Recording how the forum adopted an agenda item (issue 13, point 5). The mandate: the forum seeks agreement
// (consensus); failing that it votes, and a member who disagrees may have the dissent printed. Only the voting members
// present and not recused count, so the counts can never add up to more than them (`voters`).
//
// Counts come from the votes members cast on the screen, or — when the forum voted by show of hands — are entered by
// the secretariat; either way the same bound holds. Once an item is decided it is locked: a correction would need a
// reason and its own trail, which this issue does not build, so a second recording is refused with that said.
import { z } from 'zod';
import { AppError, type FieldError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';

export const VOTE_OPTIONS = ['for', 'mot', 'avstår'] as const;
export type TVoteOption = (typeof VOTE_OPTIONS)[number];
export type TVoteCounts = Record<TVoteOption, number>;

const ZCount = z.number().int().min(0);
export const ZVoteCounts = z.strictObject({ for: ZCount, mot: ZCount, avstår: ZCount });

const ZText = z.string().trim().max(4000);

/** What the secretariat records: consensus with its wording, or a vote (counts given, or null = count the cast
 * votes) with an optional wording and dissent. */
export const ZDecisionInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('consensus'), text: ZText, dissent: ZText.nullish() }),
  z.strictObject({ kind: z.literal('vote'), text: ZText.nullish(), counts: ZVoteCounts.nullish(), dissent: ZText.nullish() }),
]);
export type TDecisionInput = z.input<typeof ZDecisionInput>;

export type TDecision = {
  kind: 'consensus' | 'vote';
  text: string | null;
  counts: TVoteCounts | null;
  dissent: string | null;
};

/** The counts of the cast votes. */
export function countVotes(votes: readonly { option: string }[]): TVoteCounts {
  const counts: TVoteCounts = { for: 0, mot: 0, avstår: 0 };
  for (const v of votes) if ((VOTE_OPTIONS as readonly string[]).includes(v.option)) counts[v.option as TVoteOption] += 1;
  return counts;
}

const total = (c: TVoteCounts) => c.for + c.mot + c.avstår;
const orNull = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/**
 * Checks a decision and gives it in the form it is stored: consensus needs its wording; a vote needs counts (the
 * given ones, or else the cast votes) that are not all zero and do not exceed the voters present.
 */
export function decide(input: unknown, facts: { voters: number; castVotes: readonly { option: string }[]; alreadyDecided: boolean }): TDecision {
  if (facts.alreadyDecided) throw new AppError('CONFLICT', msg('forum.decision.locked'));
  const parsed = ZDecisionInput.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', msg('forum.decision.invalid'));
  const d = parsed.data;
  const errors: FieldError[] = [];
  if (d.kind === 'consensus') {
    const text = orNull(d.text);
    if (text === null) errors.push({ field: 'text', message: msg('forum.decision.textRequired') });
    if (errors.length > 0) throw new AppError('VALIDATION', msg('forum.decision.invalid'), { fieldErrors: errors });
    return { kind: 'consensus', text, counts: null, dissent: orNull(d.dissent) };
  }
  const counts = d.counts ?? countVotes(facts.castVotes);
  if (total(counts) === 0) errors.push({ field: 'counts', message: msg('forum.decision.noVotes') });
  if (total(counts) > facts.voters) errors.push({ field: 'counts', message: msg('forum.decision.tooManyVotes', { count: total(counts), voters: facts.voters }) });
  if (errors.length > 0) throw new AppError('VALIDATION', msg('forum.decision.invalid'), { fieldErrors: errors });
  return { kind: 'vote', text: orNull(d.text), counts, dissent: orNull(d.dissent) };
}

/** A vote may be cast or changed only while the item is undecided. */
export function assertVoteOpen(alreadyDecided: boolean): void {
  if (alreadyDecided) throw new AppError('CONFLICT', msg('forum.vote.closed'));
}
