// Which roles the UI offers a user to hand out. It mirrors the policy only to avoid offering what would be
// refused; the server's policy is what decides.
import { ROLES, type Role } from '../../../domain/access/roles.ts';
import { hasRole, ORGANISATION_ROLES } from '../../session/access.ts';
import type { SessionUser } from '../../types/session.ts';

export function grantableRoles(user: SessionUser | null): Role[] {
  if (hasRole(user, 'admin')) return [...ROLES];
  if (hasRole(user, 'saksbehandler')) return ROLES.filter((r) => r !== 'admin');
  // Coordinators give the organisation roles they hold themselves.
  return ROLES.filter((r) => ORGANISATION_ROLES.includes(r) && hasRole(user, r));
}
