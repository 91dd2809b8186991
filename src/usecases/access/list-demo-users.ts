import type { Db } from '../../db/client.ts';
import { listDemoUserRoles } from '../../db/access-repository.ts';
import type { Role } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

/** The demo users with their roles, for the demo login page. */
export async function listDemoUsers({ db, enabled }: { db: Db; enabled: boolean }) {
  if (!enabled) throw new AppError('NOT_FOUND', msg('access.demoLoginOff'));
  const rows = await listDemoUserRoles(db);
  const users = new Map<string, { id: string; name: string; organisation: string; roles: Role[] }>();
  for (const r of rows) {
    const u = users.get(r.id) ?? { id: r.id, name: r.name, organisation: r.organisation, roles: [] };
    if (r.role) u.roles.push(r.role as Role);
    users.set(r.id, u);
  }
  return [...users.values()];
}
