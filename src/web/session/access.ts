// What the UI offers a user. Only for showing and hiding: the server's policy (src/domain/access/policy.ts)
// decides what is allowed, and a page reached anyway shows the server's refusal.
import type { Role } from '../../domain/access/roles.ts';
import type { SessionUser } from '../types/session.ts';

export const ORGANISATION_ROLES: readonly Role[] = ['eierkoordinator', 'uh-kontakt', 'studiesenter'];

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
  return Boolean(user?.grants.some((g) => roles.includes(g.role)));
}

/** Organisations the user acts for through an organisation-scoped role. */
export function organisationIdsOf(user: SessionUser | null): string[] {
  return [...new Set((user?.grants ?? []).filter((g) => ORGANISATION_ROLES.includes(g.role) && g.organisationId).map((g) => g.organisationId!))];
}

export const isStaff = (user: SessionUser | null) => hasRole(user, 'admin', 'saksbehandler');
export const isAdmin = (user: SessionUser | null) => hasRole(user, 'admin');
export const canSeePeople = (user: SessionUser | null) => hasRole(user, 'admin', 'saksbehandler', ...ORGANISATION_ROLES);
export const canInvite = (user: SessionUser | null) => hasRole(user, 'admin', 'saksbehandler', ...ORGANISATION_ROLES);
/** Rounds (utlysninger) are the office's work: case officers, the forum and readers (and the admin). */
export const canSeeRoundApplications = (user: SessionUser | null) => hasRole(user, 'admin', 'saksbehandler', 'forum', 'leser');
