// Role management over HTTP. Attacks covered: a case officer granting admin or a role in another office; a
// coordinator granting anything; removing the last admin. Each grant or revoke writes exactly one audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { appUser, auditLog, organisation, roleGrant } from '../../db/schema/index.ts';
import { DEMO_EMAIL } from '../../test/actors.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let forumUserId: string;
let harstadId: string;
let nordlandOfficeOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  forumUserId = (await db.select().from(appUser).where(eq(appUser.email, DEMO_EMAIL.forum)))[0]!.id;
  harstadId = (await db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune')))[0]!.id;
  nordlandOfficeOrgId = (await db.select().from(organisation).where(eq(organisation.officeId, 'nordland')))[0]!.id;
});
afterAll(() => t.close());

const auditRows = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]!.n;
const grantRows = async () => (await t.database.db.select({ n: count() }).from(roleGrant))[0]!.n;

describe('role management', () => {
  it('admins and case officers list users with their grants; coordinators may not', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const res = await admin.get('/api/users');
    expect(res.statusCode).toBe(200);
    const forum = res.json().users.find((u: { id: string }) => u.id === forumUserId);
    expect(forum.grants).toEqual([expect.objectContaining({ role: 'forum', officeId: 'troms-og-finnmark' })]);
    expect((await (await loginAs(t.app, 'saksbehandler', t.database.db)).get('/api/users')).statusCode).toBe(200);
    expect((await (await loginAs(t.app, 'koordinator', t.database.db)).get('/api/users')).statusCode).toBe(403);
  });

  it('a case officer grants office and organisation roles in their own office, one audit row each', async () => {
    const client = await loginAs(t.app, 'saksbehandler', t.database.db);
    for (const body of [{ role: 'leser', officeId: 'troms-og-finnmark' }, { role: 'eierkoordinator', organisationId: harstadId }]) {
      const before = await auditRows();
      const res = await client.post(`/api/users/${forumUserId}/roles`, body);
      expect(res.statusCode, body.role).toBe(201);
      expect(await auditRows()).toBe(before + 1);
    }
    expect((await client.post(`/api/users/${forumUserId}/roles`, { role: 'leser', officeId: 'troms-og-finnmark' })).statusCode).toBe(409);
  });

  it('a case officer never grants admin, a platform-wide reader, or roles in another office; a coordinator grants nothing', async () => {
    const client = await loginAs(t.app, 'saksbehandler', t.database.db);
    const coordinator = await loginAs(t.app, 'koordinatorHarstad', t.database.db);
    const before = { audit: await auditRows(), grants: await grantRows() };
    for (const body of [
      { role: 'admin' },
      { role: 'leser' },
      { role: 'saksbehandler', officeId: 'nordland' },
      { role: 'studiesenter', organisationId: nordlandOfficeOrgId },
    ])
      expect((await client.post(`/api/users/${forumUserId}/roles`, body)).statusCode, JSON.stringify(body)).toBe(403);
    expect((await coordinator.post(`/api/users/${forumUserId}/roles`, { role: 'eierkoordinator', organisationId: harstadId })).statusCode).toBe(403);
    expect({ audit: await auditRows(), grants: await grantRows() }).toEqual(before);
  });

  it('bad input is a 400 naming the field, and nothing is written', async () => {
    const client = await loginAs(t.app, 'admin', t.database.db);
    const before = { audit: await auditRows(), grants: await grantRows() };
    const unknown = await client.post(`/api/users/${forumUserId}/roles`, { role: 'keiser' });
    expect(unknown.json().error.fieldErrors).toEqual([{ field: 'role', message: 'Ukjent rolle' }]);
    const noOffice = await client.post(`/api/users/${forumUserId}/roles`, { role: 'saksbehandler' });
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json().error.fieldErrors).toEqual([{ field: 'officeId', message: 'Rollen må knyttes til et embete' }]);
    expect((await client.post('/api/users/not-a-uuid/roles', { role: 'leser' })).statusCode).toBe(404);
    expect({ audit: await auditRows(), grants: await grantRows() }).toEqual(before);
  });

  it('revokes a grant with one audit row, and the user’s next request no longer has it', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const forumClient = await loginAs(t.app, 'forum', t.database.db);
    const [grant] = await t.database.db.select().from(roleGrant).where(eq(roleGrant.userId, forumUserId));
    const before = await auditRows();
    const res = await admin.delete(`/api/users/${forumUserId}/roles/${grant!.id}`);
    expect(res.statusCode).toBe(200);
    expect(await auditRows()).toBe(before + 1);
    const grants = (await forumClient.get('/api/session')).json().user.grants as { role: string }[];
    expect(grants.map((g) => g.role)).not.toContain(grant!.role);
    expect((await admin.delete(`/api/users/${forumUserId}/roles/${grant!.id}`)).statusCode).toBe(404);
  });

  it('the last admin cannot be removed', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const [own] = await t.database.db.select().from(roleGrant).where(eq(roleGrant.role, 'admin'));
    const res = await admin.delete(`/api/users/${own!.userId}/roles/${own!.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Du kan ikke fjerne den siste administratoren');
  });
});
