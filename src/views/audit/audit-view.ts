// An audit row as the API shows it (src/domain/audit/contract.ts): the contract's fields, the instant as an ISO
// string, never a column added to the table later.
import type { AuditEntry } from '../../domain/audit/contract.ts';

type AuditRow = {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export function auditEntryOut(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
  };
}
