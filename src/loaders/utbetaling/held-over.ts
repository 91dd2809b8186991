// The office's hold-over (unused money decided 'overfort') as the next year's behovsmelding and the forum's allocation
// read it: one loader, so both show the same figure. Call after the caller's access check: the hold-over is shown to
// whoever may read the application or the allocation (the partnership's own money, and what the forum weighs).
import type { DbOrTx } from '../../db/client.ts';
import { listHeldOver } from '../../db/money-overview-repository.ts';
import { heldOverTo, type THeldOver } from '../../domain/utbetaling/held-over.ts';

/** What the office held over to the round's year for the application's partnership (section 6.1's neighbour). */
export async function loadHeldOverForApplication(
  db: DbOrTx,
  input: { partnershipId: string; schemeId: string; year: number },
): Promise<THeldOver | null> {
  const rows = await listHeldOver(db, { partnershipIds: [input.partnershipId], schemeId: input.schemeId, years: [input.year] });
  return heldOverTo(rows, input.partnershipId, input.year);
}

/** The hold-over per partnership and year for a round's applications (the allocation's net need). */
export async function loadHeldOverForRound(
  db: DbOrTx,
  input: { partnershipIds: readonly string[]; schemeId: string; years: readonly number[] },
): Promise<(partnershipId: string, year: number) => THeldOver | null> {
  const rows = await listHeldOver(db, { partnershipIds: [...new Set(input.partnershipIds)], schemeId: input.schemeId, years: input.years });
  return (partnershipId, year) => heldOverTo(rows, partnershipId, year);
}
