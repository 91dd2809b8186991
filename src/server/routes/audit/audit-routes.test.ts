// The audit log over HTTP: admins only, filterable, and read-only (no route changes or deletes its rows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgId } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('an admin finds the row a change wrote, with before and after; others are refused', async () => {
    const db = t.database.db;
    const staff = await loginAs(t.app, 'saksbehandler', db);
    const created = await staff.post('/api/people', { name: 'Åse Revisor', email: 'ase@example.org', organisationId: await orgId(db, 'Ibestad kommune') });
    const personId = created.json().person.id as string;

    const admin = await loginAs(t.app, 'admin', db);
    const res = await admin.get(`/api/audit?entityType=person&entityId=${personId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 50 });
    expect(body.entries).toEqual([
      expect.objectContaining({ action: 'create', entityType: 'person', entityId: personId, actorName: 'Siri Havlund', before: null }),
    ]);
    expect(body.entries[0].after).toMatchObject({ name: 'Åse Revisor', email: 'ase@example.org' });
    // Date-only filters are Oslo days; yesterday..tomorrow (UTC) always covers "now" whatever the hour.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const byActor = (await admin.get(`/api/audit?actorUserId=${body.entries[0].actorUserId}&from=${day(-1)}&to=${day(1)}`)).json();
    expect(byActor.entries.map((e: { entityId: string }) => e.entityId)).toContain(personId);
    expect((await admin.get('/api/audit?to=2000-01-01')).json().entries).toEqual([]);

    for (const key of ['saksbehandler', 'leser', 'koordinator'] as const)
      expect((await (await loginAs(t.app, key, db)).get('/api/audit')).statusCode).toBe(403);
  });

  it('refuses bad filters in Norwegian, naming the field', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const res = await admin.get('/api/audit?from=igår&page=0&actorUserId=ola');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([
      { field: 'actorUserId', message: 'Ugyldig bruker-id' },
      { field: 'from', message: 'Fra-dato må være en dato (ÅÅÅÅ-MM-DD)' },
      { field: 'page', message: 'Sidenummer må være 1 eller mer' },
    ]);
  });

  it('has no route that changes or deletes audit rows', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    for (const method of ['PUT', 'DELETE', 'POST', 'PATCH']) expect((await admin.request(method, '/api/audit', {})).statusCode).toBe(404);
  });
});
