// Loads a round for a use case and answers "not found" the same way everywhere.
import { findRoundView, listExtensions, type RoundView } from '../../db/behovsmelding-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { roundStatus } from '../../domain/behovsmelding/round-status.ts';
import type { Clock } from '../../domain/behovsmelding/clock.ts';
import { AppError } from '../../domain/shared/app-error.ts';

export async function loadRound(db: DbOrTx, id: string): Promise<RoundView> {
  const round = await findRoundView(db, id);
  if (!round) throw AppError.notFound('Fant ikke utlysningen');
  return round;
}

/** The round as the API shows it (src/web/types/behovsmelding.ts `Round`). */
export function roundOut(round: RoundView, clock: Clock) {
  const { createdAt: _c, updatedAt: _u, ...rest } = round;
  return { ...rest, status: roundStatus(round, clock.now()) };
}

export async function roundDetailOut(db: DbOrTx, actor: Actor, round: RoundView, clock: Clock) {
  const extensions = await listExtensions(db, round.id);
  return {
    ...roundOut(round, clock),
    canEdit: can(actor, 'update', { type: 'behovsmelding-round', officeId: round.officeId }),
    extensions: extensions.map(({ row, partnershipName }) => ({
      partnershipId: row.partnershipId,
      partnershipName,
      untilLocal: row.untilLocal,
      reason: row.reason,
      grantedByName: row.grantedByName,
      grantedAt: row.grantedAt.toISOString(),
    })),
  };
}

/** What the audit log keeps of a round. */
export function roundSnapshot(round: RoundView) {
  const { officeName: _o, schemeName: _s, applicationCount: _a, createdAt: _c, updatedAt: _u, ...rest } = round;
  return rest;
}
