// Reads the audit log, a page at a time, newest first. Admins only; the log is append-only, so there is no
// use case that changes or deletes its rows.
import { findAudit } from '../../db/audit-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AUDIT_PAGE_SIZE, ZAuditQuery } from '../../domain/audit/audit-query.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { auditEntryOut } from '../../views/audit/audit-view.ts';

export async function listAudit({ db, actor, query }: UseCaseContext & { query: unknown }) {
  assertCan(actor, 'read', { type: 'audit' });
  const { page, ...filter } = parseInput(ZAuditQuery, query ?? {});
  const entries = await findAudit(db, { ...filter, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  return { entries: entries.map(auditEntryOut), page, pageSize: AUDIT_PAGE_SIZE };
}
