// Which partnerships can start a behovsmelding in a round: those of the round's office, and of its scheme when the
// partnership names one. (The server decides the edit right; this only keeps the choice short.)
import type { Round } from '../../../types/behovsmelding.ts';
import type { PartnershipSummary } from '../../../types/org.ts';

export function partnershipsForRound<P extends Pick<PartnershipSummary, 'officeId' | 'schemeId'>>(
  partnerships: readonly P[],
  round: Pick<Round, 'officeId' | 'schemeId'> | undefined,
): P[] {
  if (!round) return [];
  return partnerships.filter((p) => p.officeId === round.officeId && (p.schemeId === null || p.schemeId === round.schemeId));
}
