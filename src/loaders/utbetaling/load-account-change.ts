// Loads an account change for a case officer's decision, locked, and asks the policy first: one that does not exist
// is "not found", one the actor may not decide is refused (403) before its state is told; then one already decided,
// or moved on to a newer account since the page was read, is a conflict with a clear message.
import { findAccountChange, type AccountChangeView } from '../../db/account-change-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { accountChangeResource } from '../../views/utbetaling/account-change-view.ts';

export async function loadWaitingAccountChange(tx: DbOrTx, actor: Actor, id: string, expectedVersion: number): Promise<AccountChangeView> {
  const change = await findAccountChange(tx, id, 'update');
  if (!change) throw AppError.notFound(msg('utbetaling.account.notFound'));
  assertCan(actor, 'confirm', accountChangeResource(change));
  if (change.state !== 'venter') throw new AppError('CONFLICT', msg('utbetaling.account.decided'));
  if (change.version !== expectedVersion) throw new AppError('CONFLICT', msg('utbetaling.account.stale'));
  return change;
}
