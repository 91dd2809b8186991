// Loads a payment batch and its round for a use case, and answers "not found" the same way everywhere.
import type { DbOrTx } from '../../db/client.ts';
import { findPaymentBatch, lockPaymentBatch } from '../../db/payment-batch-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadRound } from '../behovsmelding/load-round.ts';

/** `lock`: hold the batch's row for the transaction (every step that changes it). */
export async function loadPaymentBatch(db: DbOrTx, id: string, { lock = false }: { lock?: boolean } = {}) {
  const batch = lock ? await lockPaymentBatch(db, id) : await findPaymentBatch(db, id);
  if (!batch) throw AppError.notFound(msg('utbetaling.batch.notFound'));
  return { batch, round: await loadRound(db, batch.roundId) };
}
