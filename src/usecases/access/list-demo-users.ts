import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appUser, organisation, person, roleGrant } from '../../db/schema/index.ts';
import { AppError } from '../../domain/shared/app-error.ts';

/** The demo users with their roles, for the demo login page. */
export async function listDemoUsers({ db, enabled }: { db: Db; enabled: boolean }) {
  if (!enabled) throw new AppError('NOT_FOUND', 'Demo-innlogging er ikke slått på');
  const rows = await db
    .select({ id: appUser.id, name: appUser.displayName, organisation: organisation.name, role: roleGrant.role })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .leftJoin(roleGrant, eq(roleGrant.userId, appUser.id))
    .where(eq(appUser.isDemo, true))
    .orderBy(asc(appUser.displayName));
  const users = new Map<string, { id: string; name: string; organisation: string; roles: string[] }>();
  for (const r of rows) {
    const u = users.get(r.id) ?? { id: r.id, name: r.name, organisation: r.organisation, roles: [] };
    if (r.role) u.roles.push(r.role);
    users.set(r.id, u);
  }
  return [...users.values()];
}
