// Contact persons are personal data: only admin, saksbehandler and people with a role at the person's own
// organisation may see or edit them. Attacker: the coordinator of Nordreisa; victim: a contact person in Harstad.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, orgId, personByEmail } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('people', () => {
  it('another owner’s coordinator can neither list, read nor change Harstad’s people', async () => {
    const db = t.database.db;
    const attacker = await loginAs(t.app, 'koordinatorNordreisa', db);
    const harstad = await orgId(db, 'Harstad kommune');
    const hanne = await personByEmail(db, 'hanne.harstad@example.org');
    const audits = await auditCount(db);

    expect((await attacker.get(`/api/people?organisationId=${harstad}`)).statusCode).toBe(403);
    expect((await attacker.get(`/api/people/${hanne.id}`)).statusCode).toBe(403);
    const put = await attacker.put(`/api/people/${hanne.id}`, { name: 'Endret', email: 'x@example.org', organisationId: harstad, expectedVersion: hanne.version });
    expect(put.statusCode).toBe(403);
    const post = await attacker.post('/api/people', { name: 'Innsmett', email: 'inn@example.org', organisationId: harstad });
    expect(post.statusCode).toBe(403);

    const all = (await attacker.get('/api/people')).json().people as { organisationName: string }[];
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((p) => p.organisationName))).toEqual(new Set(['Nordreisa kommune']));
    expect(await personByEmail(db, 'hanne.harstad@example.org')).toEqual(hanne);
    expect(await auditCount(db)).toBe(audits);
  });

  it('a coordinator adds a person to their own organisation; a saksbehandler sees everyone with organisation names', async () => {
    const db = t.database.db;
    const own = await loginAs(t.app, 'koordinatorNordreisa', db);
    const nordreisa = await orgId(db, 'Nordreisa kommune');
    const res = await own.post('/api/people', { name: 'Sara Storslett', email: 'sara@example.org', organisationId: nordreisa });
    expect(res.statusCode).toBe(201);

    const staff = await loginAs(t.app, 'saksbehandler', db);
    const people = (await staff.get('/api/people')).json().people as { name: string; organisationName: string }[];
    expect(people).toContainEqual(expect.objectContaining({ name: 'Sara Storslett', organisationName: 'Nordreisa kommune' }));
    expect(people).toContainEqual(expect.objectContaining({ name: 'Hanne Vik', organisationName: 'Harstad kommune' }));
    expect((await staff.get('/api/people/not-a-uuid')).statusCode).toBe(404);
  });
});
