// Security regression: CROSS-TENANT PARTNERSHIP ACCESS.
// Attack: a logged-in owner coordinator (Nils, eierkoordinator for Nordreisa kommune) takes the id of a partnership
// his organisation is not part of (Sør-Troms, applied for by Region Sør-Troms) and tries to read it, overwrite it
// with a form that makes Nordreisa applicant and payee, grant himself edit rights, and list its people.
// Every attempt must be refused (403/404) and leave the database exactly as it was.
// The second block checks that the fix does not block too much: the partnership's own coordinator, a granted
// editor and the UH contact of a member still get in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipEditor, partnershipMember, partnershipUnit } from '../../../db/schema/index.ts';
import { auditCount, orgId, partnershipByName, personByEmail, SOR_TROMS } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Everything stored about the victim partnership, to compare before and after the attack. */
async function victimState() {
  const db = t.database.db;
  const p = await partnershipByName(db, SOR_TROMS);
  const byId = <T extends { partnershipId: string }>(rows: T[]) => rows.filter((r) => r.partnershipId === p.id);
  return {
    row: p,
    members: byId(await db.select().from(partnershipMember)).map((m) => `${m.organisationId}:${m.role}`).sort(),
    units: byId(await db.select().from(partnershipUnit)).length,
    editors: byId(await db.select().from(partnershipEditor)).map((e) => e.personId).sort(),
    audit: await auditCount(db),
  };
}

describe('cross-tenant partnership access (attacker: coordinator of Nordreisa; victim: Sør-Troms)', () => {
  it('cannot see, read, change, grant or enumerate the Sør-Troms partnership, and nothing changes', async () => {
    const db = t.database.db;
    const attacker = await loginAs(t.app, 'koordinatorNordreisa', db);
    const before = await victimState();
    const id = before.row.id;
    const nordreisa = await orgId(db, 'Nordreisa kommune');
    const nils = await personByEmail(db, 'nils.nordreisa@example.org');

    const list = await attacker.get('/api/partnerships');
    expect(list.statusCode).toBe(200);
    expect(list.json().partnerships.map((p: { id: string }) => p.id)).not.toContain(id);

    expect([403, 404]).toContain((await attacker.get(`/api/partnerships/${id}`)).statusCode);
    expect([403, 404]).toContain((await attacker.get(`/api/partnerships/${id}/candidates`)).statusCode);

    const hijack = {
      name: 'Overtatt',
      officeId: before.row.officeId,
      applicantId: nordreisa,
      payeeId: nordreisa,
      members: [
        { organisationId: nordreisa, role: 'owner' },
        { organisationId: await orgId(db, 'UiT Norges arktiske universitet'), role: 'uh' },
      ],
      units: [],
      expectedVersion: before.row.version,
    };
    const put = await attacker.put(`/api/partnerships/${id}`, hijack);
    expect([403, 404]).toContain(put.statusCode);
    const editors = await attacker.put(`/api/partnerships/${id}/editors`, { personIds: [nils.id] });
    expect([403, 404]).toContain(editors.statusCode);
    // A refusal says nothing about the partnership's contents.
    expect(put.body).not.toContain('Sør-Troms');

    expect(await victimState()).toEqual(before);
  });
});

describe('the fix does not block too much', () => {
  it('the Sør-Troms coordinator reads and edits it and manages its editors', async () => {
    const db = t.database.db;
    const coordinator = await loginAs(t.app, 'koordinator', db);
    const { row } = await victimState();
    const res = await coordinator.get(`/api/partnerships/${row.id}`);
    expect(res.statusCode).toBe(200);
    const p = res.json().partnership;
    expect(p).toMatchObject({ name: SOR_TROMS, coordinator: { name: 'Ola Strand' } });
    expect(p.allowed).toEqual(expect.arrayContaining(['edit', 'manage-editors']));
    expect((await coordinator.get(`/api/partnerships/${row.id}/candidates`)).statusCode).toBe(200);

    const form = {
      name: p.name,
      officeId: p.officeId,
      schemeId: p.schemeId,
      description: 'Oppdatert beskrivelse',
      applicantId: p.applicantId,
      payeeId: p.payeeId,
      coordinatorPersonId: p.coordinatorPersonId,
      members: p.members.map((m: { organisationId: string; role: string }) => ({ organisationId: m.organisationId, role: m.role })),
      units: p.units,
      expectedVersion: p.version,
    };
    const audits = await auditCount(db);
    const put = await coordinator.put(`/api/partnerships/${row.id}`, form);
    expect(put.statusCode).toBe(200);
    expect(put.json().partnership).toMatchObject({ description: 'Oppdatert beskrivelse', version: p.version + 1 });
    expect(await auditCount(db)).toBe(audits + 1);
  });

  it('the UH contact of a member institution and a granted editor can read it; the list shows it to them', async () => {
    const db = t.database.db;
    const { row } = await victimState();
    for (const key of ['uh', 'koordinatorHarstad'] as const) {
      const client = await loginAs(t.app, key, db);
      expect((await client.get(`/api/partnerships/${row.id}`)).statusCode).toBe(200);
      const list = (await client.get('/api/partnerships')).json().partnerships as { id: string; applicant: { name: string } }[];
      expect(list.find((p) => p.id === row.id)?.applicant.name).toBe('Region Sør-Troms');
    }
  });
});
