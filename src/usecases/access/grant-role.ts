// Gives an existing user one more role. The policy decides which roles the actor may hand out.
import { appendAudit } from '../../db/audit-repository.ts';
import { findUser, insertGrant, listGrantsOfUser } from '../../db/access-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRoleGrantInput } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { grantOut } from '../../views/access/access-view.ts';
import { resolveGrantTargets } from '../../checks/access/resolve-grant-targets.ts';

export async function grantRole({ db, actor, userId, input }: UseCaseContext & { userId: string; input: unknown }) {
  const data = parseInput(ZRoleGrantInput, input);
  return db.transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw AppError.notFound(msg('access.userNotFound'));
    const [target] = await resolveGrantTargets(tx, [data], () => '');
    if (!target) throw new Error('no grant target');
    assertCan(actor, 'grant', { type: 'role-grant', grant: target });
    const existing = await listGrantsOfUser(tx, user.id);
    if (existing.some((g) => g.role === data.role && g.officeId === data.officeId && g.organisationId === data.organisationId))
      throw new AppError('CONFLICT', msg('access.roleTaken'));
    const created = await insertGrant(tx, { userId: user.id, role: data.role, officeId: data.officeId, organisationId: data.organisationId, grantedBy: actor.userId });
    if (!created) throw new Error('insert returned no row');
    await appendAudit(tx, actor, { action: 'grant-role', entityType: 'user', entityId: user.id, before: null, after: created });
    return grantOut(created);
  });
}
