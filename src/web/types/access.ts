// Shapes of the user, invitation and audit APIs: the contracts' (src/domain/access/contract.ts,
// src/domain/audit/contract.ts), not copies.
export type {
  Grant,
  GrantCreates,
  GrantPlaces,
  Invitation,
  InvitationCreates,
  InvitationListCreates,
  ListedGrant,
  User,
  UserListCreates,
} from '../../domain/access/contract.ts';
export type { AuditEntry, AuditPage } from '../../domain/audit/contract.ts';
