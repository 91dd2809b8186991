// A round's payment batches and the plan lines a new batch may take (issue 15, point 1): the office's money readers.
import { assertCan } from '../../domain/access/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { roundPaymentBatchesAnswer } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listPaymentBatches({ db, actor, roundId }: Omit<UseCaseContext, 'clock'> & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'utbetaling', officeId: round.officeId });
  return roundPaymentBatchesAnswer(db, actor, round);
}
