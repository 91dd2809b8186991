// Loads a round for a use case and answers "not found" the same way everywhere.
import { findRoundView, type RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function loadRound(db: DbOrTx, id: string): Promise<RoundView> {
  const round = await findRoundView(db, id);
  if (!round) throw AppError.notFound(msg('behovsmelding.roundNotFound'));
  return round;
}
