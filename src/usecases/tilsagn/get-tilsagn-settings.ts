// The office's choices for its letters: the written standard for recipients with none, the appeal body, the days to
// accept — or the defaults (Bokmål, Utdanningsdirektoratet, 21 days) until a case officer saves them.
import { findTilsagnSetting } from '../../db/tilsagn-settings-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { tilsagnSettingsOut } from '../../views/tilsagn/recipient-profile-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getTilsagnSettings({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const tilsagn = { type: 'tilsagn', officeId } as const;
  assertCan(actor, 'read', tilsagn);
  return { settings: tilsagnSettingsOut(officeId, await findTilsagnSetting(db, officeId)), allowed: allowedVerbs(actor, tilsagn) };
}
