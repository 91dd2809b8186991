// Users with their role grants, for the role administration page (admins and case officers). Each grant says
// whether this actor may take it away (`allowed`), so the page offers "Fjern" only there.
import { listUsersWithGrants } from '../../db/access-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import type { UseCaseContext } from '../context.ts';
import { userOut } from '../../views/access/access-view.ts';
import { loadPlaces } from '../../db/places-repository.ts';

export async function listUsers({ db, actor }: UseCaseContext) {
  assertCan(actor, 'read', { type: 'user-roles', officeIds: [] });
  const users = await listUsersWithGrants(db);
  const officeOf = new Map((await loadPlaces(db)).organisations.map((o) => [o.id, o.officeId]));
  return users.map((u) =>
    userOut(
      u,
      u.grants.map((g) => {
        // The grant as revoke-role asks it: an organisation role with its organisation's office.
        const grant = { role: g.role as Role, officeId: g.officeId, organisationId: g.organisationId, organisationOfficeId: g.organisationId ? (officeOf.get(g.organisationId) ?? null) : null };
        return { grant: g, allowed: allowedVerbs(actor, { type: 'role-grant', grant }) };
      }),
    ),
  );
}
