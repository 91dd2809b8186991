// Takes one role from a user. The last active admin cannot be removed, or nobody could manage roles any more.
import { appendAudit } from '../../db/audit-repository.ts';
import { countAdminGrants, deleteGrant, findGrant } from '../../db/access-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { resolveGrantTargets } from '../../checks/access/resolve-grant-targets.ts';

export async function revokeRole({ db, actor, userId, grantId }: UseCaseContext & { userId: string; grantId: string }) {
  return db.transaction(async (tx) => {
    const grant = await findGrant(tx, grantId);
    if (!grant || grant.userId !== userId) throw AppError.notFound(msg('access.roleNotFound'));
    const [target] = await resolveGrantTargets(tx, [{ role: grant.role as Role, officeId: grant.officeId, organisationId: grant.organisationId }], () => '');
    if (!target) throw new Error('no grant target');
    assertCan(actor, 'revoke', { type: 'role-grant', grant: target });
    if (grant.role === 'admin' && (await countAdminGrants(tx)) <= 1)
      throw new AppError('CONFLICT', msg('access.lastAdmin'));
    await deleteGrant(tx, grant.id);
    await appendAudit(tx, actor, { action: 'revoke-role', entityType: 'user', entityId: userId, before: grant, after: null });
    return grant;
  });
}
