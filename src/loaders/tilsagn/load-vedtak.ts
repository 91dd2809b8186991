// Loads a decision with its list and round for a use case, answering "not found" the same way everywhere. The
// round's office is what the policy asks about; nothing of the decision is shown before that.
import type { DbOrTx } from '../../db/client.ts';
import { findBatch, findVedtak } from '../../db/tilsagn-vedtak-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadRound } from '../behovsmelding/load-round.ts';

export async function loadVedtakContext(db: DbOrTx, vedtakId: string) {
  const vedtak = await findVedtak(db, vedtakId);
  if (!vedtak) throw AppError.notFound(msg('tilsagn.vedtakNotFound'));
  const batch = (await findBatch(db, vedtak.batchId))!;
  const round = await loadRound(db, vedtak.roundId);
  return { vedtak, batch, round };
}

export async function loadBatchContext(db: DbOrTx, batchId: string) {
  const batch = await findBatch(db, batchId);
  if (!batch) throw AppError.notFound(msg('tilsagn.batch.notFound'));
  const round = await loadRound(db, batch.roundId);
  return { batch, round };
}
