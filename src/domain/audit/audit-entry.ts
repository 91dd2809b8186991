// What one audit row says: who did what to which entity, with the state before and after.
export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};
