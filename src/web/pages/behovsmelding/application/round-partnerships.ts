// Which partnerships can start a behovsmelding in a round: those of the round's office, and of its scheme when the
// partnership names one; and so which rounds to offer at all. (The server decides; this only keeps the choice short.)
import type { Round } from '../../../types/behovsmelding.ts';
import type { PartnershipSummary } from '../../../types/org.ts';

export function partnershipsForRound<P extends Pick<PartnershipSummary, 'officeId' | 'schemeId'>>(
  partnerships: readonly P[],
  round: Pick<Round, 'officeId' | 'schemeId'> | undefined,
): P[] {
  if (!round) return [];
  return partnerships.filter((p) => p.officeId === round.officeId && (p.schemeId === null || p.schemeId === round.schemeId));
}

/** The rounds at least one of the partnerships can start a behovsmelding in (the same rule, from the other side). */
export function roundsForPartnerships<R extends Pick<Round, 'officeId' | 'schemeId'>>(
  rounds: readonly R[],
  partnerships: readonly Pick<PartnershipSummary, 'officeId' | 'schemeId'>[],
): R[] {
  return rounds.filter((r) => partnershipsForRound(partnerships, r).length > 0);
}
