// Users, grants, invitations and the session as the API shows them (src/domain/access/contract.ts): the contract's
// fields, timestamps as ISO strings, never a row's bookkeeping (who granted, internal ids) or a column added later.
import type { SessionActor } from '../../db/session-repository.ts';
import type { RoleGrantVerb } from '../../domain/access/access-policy.ts';
import type { Grant, Invitation, ListedGrant, SessionMay, SessionResponse, User } from '../../domain/access/contract.ts';
import { invitationStatus } from '../../domain/access/invitation.ts';
import type { Role } from '../../domain/access/roles.ts';

type GrantRow = { id: string; role: string; officeId: string | null; organisationId: string | null };

export function grantOut(g: GrantRow): Grant {
  return { id: g.id, role: g.role as Role, officeId: g.officeId, organisationId: g.organisationId };
}

type UserRow = {
  id: string;
  name: string;
  email: string;
  isDemo: boolean;
  disabled: boolean;
  bound: boolean;
  lastLoginAt: Date | null;
  organisationId: string;
  organisationName: string;
};

/** A user of the role list, each grant with the verbs the actor may use on it. */
export function userOut(u: UserRow, grants: { grant: GrantRow; allowed: RoleGrantVerb[] }[]): User {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    isDemo: u.isDemo,
    disabled: u.disabled,
    bound: u.bound,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    organisationId: u.organisationId,
    organisationName: u.organisationName,
    grants: grants.map(({ grant, allowed }): ListedGrant => ({ ...grantOut(grant), allowed })),
  };
}

type InvitationRow = {
  id: string;
  personId: string;
  email: string;
  identifier: string | null;
  roles: { role: string; officeId?: string | null; organisationId?: string | null }[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  version: number;
};

/** An invitation with its person's name and organisation, and its state at `now`. */
export function invitationOut(
  inv: InvitationRow,
  about: { personName: string; organisationId: string; organisationName: string },
  now: Date,
): Invitation {
  return {
    id: inv.id,
    personId: inv.personId,
    name: about.personName,
    email: inv.email,
    identifier: inv.identifier,
    organisationId: about.organisationId,
    organisationName: about.organisationName,
    roles: inv.roles.map((r) => ({ role: r.role as Role, officeId: r.officeId ?? null, organisationId: r.organisationId ?? null })),
    status: invitationStatus(inv, now),
    createdAt: inv.createdAt.toISOString(),
    expiresAt: inv.expiresAt.toISOString(),
    acceptedAt: inv.acceptedAt?.toISOString() ?? null,
    revokedAt: inv.revokedAt?.toISOString() ?? null,
    version: inv.version,
  };
}

/** GET /api/session: who is logged in (null: nobody), what they may be offered, and how one logs in here. */
export function sessionOut(s: SessionActor | null, may: SessionMay | null, login: SessionResponse['login']): SessionResponse {
  // A session always belongs to a user: only the command line's system actor has none.
  if (s && s.actor.userId === null) throw new Error('a session without a user');
  return {
    user: s
      ? {
          id: s.actor.userId!,
          name: s.actor.name,
          email: s.email,
          organisationId: s.actor.organisationId,
          grants: s.actor.grants.map((g) => ({ role: g.role, officeId: g.officeId, organisationId: g.organisationId })),
          isDemo: s.isDemo,
        }
      : null,
    may,
    csrfToken: s?.csrfToken ?? null,
    login,
  };
}
