// The secretariat sets the forum's quorum for the office. The first save creates the row; later saves name the
// version they start from.
import { appendAudit } from '../../db/audit-repository.ts';
import { findSetting, insertSetting, officeExists, updateSettingIfUnchanged } from '../../db/forum-member-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZForumSettingsInput } from '../../domain/forum/meeting.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateForumSettings({ db, actor, clock, officeId, input }: UseCaseContext & { officeId: string; input: unknown }) {
  const { quorum, expectedVersion } = parseInput(ZForumSettingsInput, input);
  return db.transaction(async (tx) => {
    assertCan(actor, 'edit-settings', { type: 'forum', officeId });
    if (!(await officeExists(tx, officeId))) throw AppError.notFound();
    const before = await findSetting(tx, officeId);
    const at = clock.now();
    const after = before
      ? await updateSettingIfUnchanged(tx, { officeId, expectedVersion: expectedVersion ?? before.version, quorum, at })
      : await insertSetting(tx, { officeId, quorum, at });
    if (!after) throw staleVersion(msg('forum.theSettings'));
    await appendAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'forum-setting', entityId: officeId, before: before ?? null, after });
    return { settings: { officeId, quorum: after.quorum, version: after.version } };
  });
}
