// "Kopier fra" on the start form (issue 12, point 6): the partnership's earlier applications the coordinator may
// start from, and the one offered by default — the application the year before in the same office and scheme, which
// year 2 and 3 of a multi-year measure continue (what the server copies when no choice is sent).
type TSource = { id: string; roundId: string; year: number; partnershipId: string };
type TRound = { id: string; officeId: string; schemeId: string; year: number };

/** The partnership's applications, newest year first. */
export function copySources<S extends TSource>(applications: readonly S[], partnershipId: string): S[] {
  return applications.filter((a) => a.partnershipId === partnershipId).sort((a, b) => b.year - a.year);
}

/** The id of the application the year before in the round's office and scheme, or '' (start without a copy). */
export function defaultCopySource(applications: readonly TSource[], rounds: readonly TRound[], round: TRound | undefined, partnershipId: string): string {
  if (!round || !partnershipId) return '';
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  const previous = applications.find((a) => {
    const r = roundOf.get(a.roundId);
    return a.partnershipId === partnershipId && r?.officeId === round.officeId && r.schemeId === round.schemeId && r.year === round.year - 1;
  });
  return previous?.id ?? '';
}
