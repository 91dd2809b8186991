// The audit module's API (ADR 017): the append-only log, read a page at a time. The query is the schema the use case
// parses; the answer is strict.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZAuditQuery } from './audit-query.ts';

export const ZAuditEntry = z.strictObject({
  id: z.number(),
  at: zInstant,
  /** Null for the system actor (the command line). */
  actorUserId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  // The entity's state before and after, as JSON of whatever shape that entity had when the row was written: the log
  // keeps every entity type's history, including shapes long since changed, so these are deliberately not typed.
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.output<typeof ZAuditEntry>;
export const ZAuditPage = z.strictObject({ entries: z.array(ZAuditEntry), page: z.number(), pageSize: z.number() });
export type AuditPage = z.output<typeof ZAuditPage>;

export const auditContract = {
  listAudit: endpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Revisjonsloggen, nyeste først, filtrert og en side om gangen',
    access: 'administrator',
    query: ZAuditQuery,
    response: ZAuditPage,
  }),
} as const;
