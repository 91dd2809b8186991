// Shapes of the user, invitation and audit APIs.
import type { RoleGrantVerb } from '../../domain/access/access-policy.ts';
import type { InvitationStatus } from '../../domain/access/invitation.ts';
import type { GrantCreates, GrantPlaces, InvitationCreates } from '../../domain/access/offers.ts';

export type { GrantCreates, GrantPlaces, InvitationCreates };
import type { Role } from '../../domain/access/roles.ts';

export type Grant = { id: string; role: Role; officeId: string | null; organisationId: string | null };
/** A grant as GET /api/users lists it: with the verbs this user may use on it ('revoke': the remove button). */
export type ListedGrant = Grant & { allowed: RoleGrantVerb[] };

export type User = {
  id: string;
  name: string;
  email: string;
  isDemo: boolean;
  disabled: boolean;
  /** Whether an ID-porten identity has been bound to the user by a first login. */
  bound: boolean;
  lastLoginAt: string | null;
  organisationId: string;
  organisationName: string;
  grants: ListedGrant[];
};

export type Invitation = {
  id: string;
  personId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  roles: { role: Role; officeId?: string | null; organisationId?: string | null }[];
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  version: number;
};

/** GET /api/invitations `creates`: whom the user may invite, with which roles (null: nobody). */
export type InvitationListCreates = { invitation: InvitationCreates | null };
/** GET /api/users `creates`: the roles the user may grant, and where (null: none). */
export type UserListCreates = { grant: GrantCreates | null };

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export type AuditPage = { entries: AuditEntry[]; page: number; pageSize: number };
