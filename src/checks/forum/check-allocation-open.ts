// Once the forum has adopted a round's innstilling, its scenarios are the record of what was weighed: none of them
// may change, be chosen, copied into or deleted. The innstilling row is share-locked, so an adoption under way
// finishes first and is seen.
import type { DbOrTx } from '../../db/client.ts';
import { innstillingStateOf } from '../../db/forum-allocation-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function checkAllocationOpen(tx: DbOrTx, roundId: string): Promise<void> {
  if ((await innstillingStateOf(tx, roundId, 'share')) === 'vedtatt') throw new AppError('CONFLICT', msg('forum.allocation.adopted'));
}
