// What a case officer checks before issuing a round's letters: every organisation that takes part in the office's
// partnerships, what it is there (applicant, payee, owner, UH), how it receives state money and the language its
// letter is written in — its own profile, or the defaults. Each row says whether the actor may edit it: an
// organisation of another office's area (a UH serving several) is that office's to keep.
import { findTilsagnSetting, listOfficeRecipients } from '../../db/tilsagn-settings-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { letterLanguage, recipientProfileOf, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import type { OfficeRecipient } from '../../domain/tilsagn/settings-contract.ts';
import { recipientProfileOut } from '../../views/tilsagn/recipient-profile-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listRecipientProfiles({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const resource = { type: 'recipient-profile', officeId } as const;
  assertCan(actor, 'read', resource);
  const setting = tilsagnSettingOf(await findTilsagnSetting(db, officeId));
  const rows = await listOfficeRecipients(db, officeId);
  const recipients: OfficeRecipient[] = rows.map((r) => ({
    ...recipientProfileOut(r, r.profile),
    kind: r.kind,
    roles: r.roles,
    letterLanguage: letterLanguage(recipientProfileOf(r.profile), setting),
    allowed: allowedVerbs(actor, { type: 'recipient-profile', officeId: r.officeId }),
  }));
  // In Norwegian order (Å last), whatever the database's collation.
  recipients.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nb'));
  return { recipients, allowed: allowedVerbs(actor, resource) };
}
