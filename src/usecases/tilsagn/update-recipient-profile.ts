// A case officer of the organisation's office records how it receives state money (a state UH: statlig overføring),
// the written standard it has chosen and a Sámi language it writes in. The first save creates the profile; later
// saves name the version they start from. Audited in the same transaction.
import { appendAudit } from '../../db/audit-repository.ts';
import { findOrganisation, findRecipientProfile, insertRecipientProfile, updateRecipientProfileIfUnchanged } from '../../db/tilsagn-settings-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { ZRecipientProfileInput } from '../../domain/tilsagn/recipient.ts';
import { recipientProfileOut } from '../../views/tilsagn/recipient-profile-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateRecipientProfile({ db, actor, clock, organisationId, input }: UseCaseContext & { organisationId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, organisationId);
    if (!org) throw AppError.notFound(msg('tilsagn.recipient.organisationNotFound'));
    // Access before the input: another office's case officer learns nothing from the validation.
    assertCan(actor, 'edit', { type: 'recipient-profile', officeId: org.officeId });
    const { expectedVersion, ...values } = parseInput(ZRecipientProfileInput, input);
    const before = await findRecipientProfile(tx, org.id);
    const at = clock.now();
    const after = before
      ? await updateRecipientProfileIfUnchanged(tx, { organisationId: org.id, expectedVersion: expectedVersion ?? before.version, ...values, at })
      : await insertRecipientProfile(tx, { organisationId: org.id, ...values, at });
    if (!after) throw staleVersion(msg('tilsagn.theRecipientProfile'));
    await appendAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'recipient-profile', entityId: org.id, before: before ?? null, after });
    return { profile: recipientProfileOut(org, after) };
  });
}
