// Invitations the actor may see: case officers see all, an organisation's coordinators see their organisation's
// (the policy's read scope, said in SQL by the repository).
import { listInvitationRows } from '../../db/invitation-repository.ts';
import { invitationStatus } from '../../domain/access/invitation.ts';
import { readScope } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function listInvitations({ db, actor, clock, organisationId }: UseCaseContext & { organisationId?: string | undefined }) {
  const now = clock.now();
  const rows = await listInvitationRows(db, { organisationId, scope: readScope(actor, 'invitation') });
  return rows
    .map(({ invitation: inv, personName, organisationId: orgId, organisationName }) => ({
      id: inv.id,
      personId: inv.personId,
      name: personName,
      email: inv.email,
      identifier: inv.identifier,
      organisationId: orgId,
      organisationName,
      roles: inv.roles,
      status: invitationStatus(inv, now),
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
      acceptedAt: inv.acceptedAt,
      revokedAt: inv.revokedAt,
      version: inv.version,
    }));
}
