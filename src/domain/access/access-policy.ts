// The access module's own policy: invitations, the list of users with their roles, and role grants. (The file that
// composes every module's policy is policy.ts beside it.)
import type { ModulePolicy, Rules } from './module-policy.ts';
import { actsFor, hasRole, hasRoleAt, organisationsActedFor, staffFor, staffIn } from './predicates.ts';
import { ALL_ROWS, anyOf, where, type ScopeOf } from './read-scope.ts';
import type { Actor, RoleGrant } from './roles.ts';

/** A role to grant, with the office of its organisation (organisation roles), so office scoping can be decided. */
export type GrantTarget = RoleGrant & { organisationOfficeId?: string | null };

/** `roles`: the roles the invitation gives (empty when only reading). */
export type InvitationResource = { type: 'invitation'; organisationId: string; officeId: string | null; roles: GrantTarget[] };
export type UserRolesResource = { type: 'user-roles'; officeIds: (string | null)[] };
export type RoleGrantResource = { type: 'role-grant'; grant: GrantTarget };
export type AccessResource = InvitationResource | UserRolesResource | RoleGrantResource;

export type InvitationVerb = 'read' | 'send' | 'revoke';
export type UserRolesVerb = 'read';
export type RoleGrantVerb = 'grant' | 'revoke';
export type AccessVerbs = { invitation: InvitationVerb; 'user-roles': UserRolesVerb; 'role-grant': RoleGrantVerb };

/** A case officer grants office roles in their own office and organisation roles for organisations there
 * (or national organisations, which belong to no office); never admin, never a platform-wide reader, and never the
 * budget authority: it is delegated in writing by the office's leadership and recorded by the admin, so a case
 * officer cannot make the colleague who approves their decisions (issue 14, ADR 026). */
function staffMayGrant(actor: Actor, r: GrantTarget): boolean {
  if (r.role === 'admin' || r.role === 'budsjettdisponent') return false;
  // An organisation role whose organisation's office is unknown (not resolved) is nobody's to grant.
  if (r.organisationId !== null) return r.organisationOfficeId !== undefined && staffFor(actor, r.organisationOfficeId);
  return staffIn(actor, r.officeId);
}

/** A case officer invites within their office; a coordinator invites people of their own organisation only, with
 * roles no wider than their own there. An invitation without roles gives nothing and is nobody's to send. */
const mayGive = (actor: Actor, i: InvitationResource) =>
  i.roles.length > 0 &&
  i.roles.every((r) => staffMayGrant(actor, r) || (r.organisationId === i.organisationId && hasRoleAt(actor, r.role, i.organisationId)));

const invitationRules: Rules<InvitationResource, InvitationVerb> = {
  /** Pending invitations (names and e-mail addresses): case officers, and the organisation's own people. */
  read: (actor, i) => hasRole(actor, 'saksbehandler') || actsFor(actor, i.organisationId),
  /** Sending one gives its roles when accepted, so it is asked as granting each of them. */
  send: mayGive,
  /** Withdrawing one before it is accepted: whoever could have sent it. */
  revoke: mayGive,
};

const userRolesRules: Rules<UserRolesResource, UserRolesVerb> = {
  /** Every user with their roles: the case officers, who grant roles. */
  read: (actor) => hasRole(actor, 'saksbehandler'),
};

const roleGrantRules: Rules<RoleGrantResource, RoleGrantVerb> = {
  /** Giving a user a role directly. */
  grant: (actor, g) => staffMayGrant(actor, g.grant),
  /** Taking a role away: the same people who may give it. */
  revoke: (actor, g) => staffMayGrant(actor, g.grant),
};

export const accessPolicy: ModulePolicy<AccessResource, AccessVerbs> = {
  invitation: invitationRules,
  'user-roles': userRolesRules,
  'role-grant': roleGrantRules,
};

export type InvitationScope = ScopeOf<'organisationIn'>;

/** Invitation `read` as the rows a list may show (ADR 013): every invitation for a case officer, else those of the
 * organisations the actor acts for. */
export function invitationReadScope(actor: Actor): InvitationScope {
  if (hasRole(actor, 'saksbehandler')) return ALL_ROWS;
  return anyOf([where.organisationIn(organisationsActedFor(actor))]);
}

export const accessReadScopes = { invitation: invitationReadScope };
