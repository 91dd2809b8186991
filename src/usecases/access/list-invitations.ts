// Invitations the actor may see: case officers see all, an organisation's coordinators see their organisation's.
import { listInvitationRows } from '../../db/access-repository.ts';
import { invitationStatus } from '../../domain/access/invitation.ts';
import { can } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../shared/context.ts';

export async function listInvitations({ db, actor, organisationId, now = new Date() }: UseCaseContext & { organisationId?: string | undefined; now?: Date }) {
  const rows = await listInvitationRows(db, { organisationId });
  return rows
    .filter((r) => can(actor, 'read', { type: 'invitation', organisationId: r.organisationId, officeId: r.officeId, roles: [] }))
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
