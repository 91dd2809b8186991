// An office's account changes (issue 15 point 1; account-change.read): every change waiting for a case officer and
// those decided in the last 90 days, of organisations in the office's area or paid by its plan, each with what the
// actor may do. A change the actor may not read (another office's organisation) is left out.
import { listAccountChanges as listChanges } from '../../db/account-change-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { accountChangeOut, accountChangeResource } from '../../views/utbetaling/account-change-view.ts';
import type { UseCaseContext } from '../context.ts';

/** How far back a decided change is still listed. */
const RECENT_DAYS = 90;

export async function listAccountChanges({ db, actor, clock, officeId }: UseCaseContext & { officeId: string | undefined }) {
  if (!officeId) throw new AppError('VALIDATION', msg('utbetaling.account.officeRequired'));
  assertCan(actor, 'read', { type: 'account-change', officeId });
  const decidedSince = new Date(clock.now().getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const rows = await listChanges(db, { officeId, decidedSince });
  return { changes: rows.filter((c) => can(actor, 'read', accountChangeResource(c))).map((c) => accountChangeOut(actor, c)) };
}
