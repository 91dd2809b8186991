// A case officer sets the office's repayment account (a valid Norwegian kontonr, ZKontonr) and the days a claim gives
// to pay (7–90). The first save creates the row; later saves name the version they start from. Claims already issued
// keep the account and due date they were written with (unused_funds stores them at the decision).
import { appendAudit } from '../../db/audit-repository.ts';
import { officeExists } from '../../db/tilsagn-settings-repository.ts';
import { findUtbetalingSetting, insertUtbetalingSetting, updateUtbetalingSettingIfUnchanged } from '../../db/utbetaling-setting-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { ZUtbetalingSettingInput } from '../../domain/utbetaling/unused-funds.ts';
import type { UseCaseContext } from '../context.ts';
import { utbetalingSettingsOut } from '../../views/utbetaling/utbetaling-settings-view.ts';

export async function updateUtbetalingSettings({ db, actor, clock, officeId, input }: UseCaseContext & { officeId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    assertCan(actor, 'edit-settings', { type: 'utbetaling', officeId });
    if (!(await officeExists(tx, officeId))) throw AppError.notFound(msg('utbetaling.settings.officeNotFound'));
    const { expectedVersion, ...values } = parseInput(ZUtbetalingSettingInput, input);
    const before = await findUtbetalingSetting(tx, officeId);
    const at = clock.now();
    const after = before
      ? await updateUtbetalingSettingIfUnchanged(tx, { officeId, expectedVersion: expectedVersion ?? before.version, ...values, at })
      : await insertUtbetalingSetting(tx, { officeId, ...values, at });
    if (!after) throw staleVersion(msg('utbetaling.settings.theSettings'));
    await appendAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'utbetaling-setting', entityId: officeId, before: before ?? null, after });
    return { settings: utbetalingSettingsOut(officeId, after) };
  });
}
