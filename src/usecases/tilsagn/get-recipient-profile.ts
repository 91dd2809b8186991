// How one organisation receives state money and which written standard it is written to in: its profile, or the
// defaults (utbetaling, neutral) while it has none. Read by the people of the office whose area it belongs to.
import { findOrganisation, findRecipientProfile } from '../../db/tilsagn-settings-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { recipientProfileOut } from '../../views/tilsagn/recipient-profile-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getRecipientProfile({ db, actor, organisationId }: Omit<UseCaseContext, 'clock'> & { organisationId: string }) {
  const org = await findOrganisation(db, organisationId);
  if (!org) throw AppError.notFound(msg('tilsagn.recipient.organisationNotFound'));
  const resource = { type: 'recipient-profile', officeId: org.officeId } as const;
  assertCan(actor, 'read', resource);
  const row = await findRecipientProfile(db, org.id);
  return { profile: recipientProfileOut(org, row), allowed: allowedVerbs(actor, resource) };
}
