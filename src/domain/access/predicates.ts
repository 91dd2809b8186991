// The questions every module's policy asks about an actor, so that "case officer of this office" or "acts for this
// organisation" means the same in every module. Pure: the actor's role grants in, yes or no out.
import type { Actor, Role } from './roles.ts';

/** Roles that act for their own organisation (coordinators, UH contacts, study-centre staff). */
export const ORGANISATION_ROLES: readonly Role[] = ['eierkoordinator', 'uh-kontakt', 'studiesenter'];

export const hasRole = (actor: Actor, role: Role): boolean => actor.grants.some((g) => g.role === role);

/** A role granted in this very office; an unknown office (null) is nobody's. */
export const hasRoleInOffice = (actor: Actor, role: Role, officeId: string | null): boolean =>
  officeId !== null && actor.grants.some((g) => g.role === role && g.officeId === officeId);

/** A role granted at this very organisation. */
export const hasRoleAt = (actor: Actor, role: Role, organisationId: string): boolean =>
  actor.grants.some((g) => g.role === role && g.organisationId === organisationId);

/** The platform's administrator, who passes every check (decided once, in the composition). */
export const isAdmin = (actor: Actor): boolean => hasRole(actor, 'admin');

/** Logged in with at least one role: a user whose roles were all revoked sees nothing. */
export const isAuthenticated = (actor: Actor): boolean => actor.grants.length > 0;

/** Acts for the organisation through an organisation role (coordinator, UH contact, study centre). */
export const actsFor = (actor: Actor, organisationId: string): boolean =>
  actor.grants.some((g) => ORGANISATION_ROLES.includes(g.role) && g.organisationId === organisationId);

/** A reader of this office, or a platform-wide reader (granted with no office). */
export const readerFor = (actor: Actor, officeId: string | null): boolean =>
  actor.grants.some((g) => g.role === 'leser' && (g.officeId === null || g.officeId === officeId));

/** A case officer of exactly this office. */
export const staffIn = (actor: Actor, officeId: string | null): boolean => hasRoleInOffice(actor, 'saksbehandler', officeId);

/** Case officers act within their own office; national bodies (no office) are every case officer's. */
export const staffFor = (actor: Actor, officeId: string | null): boolean =>
  officeId === null ? hasRole(actor, 'saksbehandler') : staffIn(actor, officeId);

/** The actor is this person (a coordinator named on a partnership, say); nobody is the unnamed person (null). */
export const isPerson = (actor: Actor, personId: string | null): boolean => personId !== null && actor.personId === personId;

/** The actor is one of these people. */
export const isOneOf = (actor: Actor, personIds: readonly string[]): boolean =>
  actor.personId !== null && personIds.includes(actor.personId);

// The same questions turned round, for read scopes (src/domain/access/read-scope.ts): not "is the actor this
// office's case officer?" but "which offices is the actor a case officer in?", so a list can be asked in SQL.

/** The offices where the actor has this role: those `hasRoleInOffice` says yes to (a grant with no office gives none). */
export const officesWithRole = (actor: Actor, role: Role): string[] => [
  ...new Set(actor.grants.filter((g) => g.role === role && g.officeId !== null).map((g) => g.officeId as string)),
];

/** The organisations the actor acts for: those `actsFor` says yes to. */
export const organisationsActedFor = (actor: Actor): string[] => [
  ...new Set(actor.grants.filter((g) => ORGANISATION_ROLES.includes(g.role) && g.organisationId !== null).map((g) => g.organisationId as string)),
];

/** A platform-wide reader (granted with no office): `readerFor` says yes to every office. */
export const readsEveryOffice = (actor: Actor): boolean => actor.grants.some((g) => g.role === 'leser' && g.officeId === null);
