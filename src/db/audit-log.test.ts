// The audit log is append-only in the database itself, not just by convention in the code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditLog } from './schema/index.ts';
import { appendAudit } from './audit-repository.ts';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('audit log', () => {
  it('accepts new rows but refuses to change, delete or truncate them', async () => {
    const db = database.db;
    await appendAudit(db, SYSTEM_ACTOR, { action: 'create', entityType: 'test', entityId: '1', before: null, after: { a: 1 } });
    await expect(db.update(auditLog).set({ action: 'forfalsket' })).rejects.toThrow();
    await expect(db.delete(auditLog)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await db.select().from(auditLog);
    expect(rows.some((r) => r.action === 'forfalsket')).toBe(false);
    expect(rows.find((r) => r.entityType === 'test')).toMatchObject({ after: { a: 1 } });
  });
});
