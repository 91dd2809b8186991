// Users with their role grants, for the role administration page (admins and case officers).
import { listUsersWithGrants } from '../../db/access-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../shared/context.ts';

export async function listUsers({ db, actor }: UseCaseContext) {
  assertCan(actor, 'read', { type: 'user-roles', officeIds: [] });
  return listUsersWithGrants(db);
}
