// A case officer sets the office's choices for its letters. The first save creates the row; later saves name the
// version they start from. Letters already issued keep what they were written with (the decision stores its
// language and acceptance date at issue).
import { appendAudit } from '../../db/audit-repository.ts';
import { findTilsagnSetting, insertTilsagnSetting, officeExists, updateTilsagnSettingIfUnchanged } from '../../db/tilsagn-settings-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { ZTilsagnSettingInput } from '../../domain/tilsagn/recipient.ts';
import { tilsagnSettingsOut } from '../../views/tilsagn/recipient-profile-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateTilsagnSettings({ db, actor, clock, officeId, input }: UseCaseContext & { officeId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    assertCan(actor, 'edit-settings', { type: 'tilsagn', officeId });
    if (!(await officeExists(tx, officeId))) throw AppError.notFound();
    const { expectedVersion, ...values } = parseInput(ZTilsagnSettingInput, input);
    const before = await findTilsagnSetting(tx, officeId);
    const at = clock.now();
    const after = before
      ? await updateTilsagnSettingIfUnchanged(tx, { officeId, expectedVersion: expectedVersion ?? before.version, ...values, at })
      : await insertTilsagnSetting(tx, { officeId, ...values, at });
    if (!after) throw staleVersion(msg('tilsagn.theSettings'));
    await appendAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'tilsagn-setting', entityId: officeId, before: before ?? null, after });
    return { settings: tilsagnSettingsOut(officeId, after) };
  });
}
