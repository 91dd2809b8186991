// Withdraws an invitation that has not been used yet. A used one is a user: remove roles there instead.
import { appendAudit } from '../../db/audit-repository.ts';
import { findInvitation, revokeUnusedInvitation } from '../../db/invitation-repository.ts';
import { invitationStatus } from '../../domain/access/invitation.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { invitationOut } from '../../views/access/access-view.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { resolveGrantTargets } from '../../checks/access/resolve-grant-targets.ts';

export async function revokeInvitation({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const found = await findInvitation(tx, id);
    if (!found) throw AppError.notFound(msg('access.invitationNotFound'));
    const before = found.invitation;
    const roles = await resolveGrantTargets(
      tx,
      before.roles.map((r) => ({ role: r.role as Role, officeId: r.officeId ?? null, organisationId: r.organisationId ?? null })),
      (i) => `roles.${i}.`,
    );
    assertCan(actor, 'revoke', { type: 'invitation', organisationId: found.organisationId, officeId: found.officeId, roles });
    const status = invitationStatus(before, now);
    if (status === 'accepted')
      throw new AppError('CONFLICT', msg('access.invitationAccepted'));
    if (status === 'revoked') throw new AppError('CONFLICT', msg('access.invitationRevoked'));
    const after = await revokeUnusedInvitation(tx, { id: before.id, at: now });
    if (!after) throw staleVersion(msg('access.theInvitation'));
    await appendAudit(tx, actor, { action: 'revoke', entityType: 'invitation', entityId: after.id, before, after });
    return invitationOut(after, found, now);
  });
}
