// The office's repayment settings (utbetaling.read): the account a repayment claim names and the days it gives to
// pay — or the defaults (no account, 30 days) until a case officer saves them. The answer lists the verbs the actor
// has on the office's money (edit-settings among them).
import { officeExists } from '../../db/tilsagn-settings-repository.ts';
import { findUtbetalingSetting } from '../../db/utbetaling-setting-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { utbetalingSettingsOut } from '../../views/utbetaling/utbetaling-settings-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getUtbetalingSettings({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const resource = { type: 'utbetaling', officeId } as const;
  assertCan(actor, 'read', resource);
  if (!(await officeExists(db, officeId))) throw AppError.notFound(msg('utbetaling.settings.officeNotFound'));
  return { settings: utbetalingSettingsOut(officeId, await findUtbetalingSetting(db, officeId)), allowed: allowedVerbs(actor, resource) };
}
