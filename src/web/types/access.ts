// Shapes of the user, invitation and audit APIs.
import type { InvitationStatus } from '../../domain/access/invitation.ts';
import type { Role } from '../../domain/access/roles.ts';

export type Grant = { id: string; role: Role; officeId: string | null; organisationId: string | null };

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
  grants: Grant[];
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
