// "Ny behovsmelding" for a partnership with an extension (issue 12): a round that has closed for everyone else is
// still open to a partnership whose extension has not run out, and only to that partnership. The server decides
// (create-application.ts accepts it); this only offers what it would accept.
import { deadlineClosesAt } from '../../../../domain/behovsmelding/round-deadline.ts';
import type { Round } from '../../../types/behovsmelding.ts';
import type { PartnershipSummary } from '../../../types/org.ts';
import { partnershipsForRound } from './round-partnerships.ts';

export type ExtensionOffer = { roundId: string; partnershipId: string; untilLocal: string };

type RoundLike = Pick<Round, 'id' | 'status' | 'officeId' | 'schemeId'>;
type PartnershipLike = Pick<PartnershipSummary, 'id' | 'officeId' | 'schemeId'>;

/** The live extensions of `round` among `partnerships` (those that fit the round, with time left at `now`). */
export function liveExtensions(round: RoundLike, partnerships: readonly PartnershipLike[], extensions: readonly ExtensionOffer[], now: Date): ExtensionOffer[] {
  const fitting = new Set(partnershipsForRound(partnerships, round).map((p) => p.id));
  return extensions.filter((e) => e.roundId === round.id && fitting.has(e.partnershipId) && deadlineClosesAt(e.untilLocal).getTime() > now.getTime());
}

/** The rounds to offer: the open ones some partnership fits, and the closed ones some partnership's live extension
 * keeps open. */
export function startableRounds<R extends RoundLike>(rounds: readonly R[], partnerships: readonly PartnershipLike[], extensions: readonly ExtensionOffer[], now: Date): R[] {
  return rounds.filter((r) =>
    r.status === 'åpen' ? partnershipsForRound(partnerships, r).length > 0 : r.status === 'stengt' && liveExtensions(r, partnerships, extensions, now).length > 0,
  );
}

/** The partnerships to offer in a chosen round: all that fit an open round, only those with a live extension in a
 * closed one. */
export function startablePartnerships<P extends PartnershipLike>(partnerships: readonly P[], round: RoundLike | undefined, extensions: readonly ExtensionOffer[], now: Date): P[] {
  if (!round) return [];
  if (round.status === 'åpen') return partnershipsForRound(partnerships, round);
  const extended = new Set(liveExtensions(round, partnerships, extensions, now).map((e) => e.partnershipId));
  return partnerships.filter((p) => extended.has(p.id));
}
