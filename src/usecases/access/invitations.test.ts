// Invitations over HTTP with the real app. Attacks covered: a coordinator inviting people into another
// organisation, or handing out roles wider than their own (admin, another organisation's coordinator role);
// a case officer inviting into another office. Plus: bad input writes nothing, each mutation one audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, emailOutbox, invitation, job, organisation, person } from '../../db/schema/index.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
const orgs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['Harstad kommune', 'Nordreisa kommune']) {
    const [row] = await t.database.db.select().from(organisation).where(eq(organisation.name, name));
    orgs[name] = row!.id;
  }
});
afterAll(() => t.close());

const counts = async () => {
  const db = t.database.db;
  const n = async (table: typeof auditLog | typeof person | typeof invitation | typeof job | typeof emailOutbox) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return { audit: await n(auditLog), person: await n(person), invitation: await n(invitation), job: await n(job), outbox: await n(emailOutbox) };
};

const harstadInvite = (email: string, roles: unknown[]) => ({ name: 'Kari Nordmann', email, organisationId: orgs['Harstad kommune'], roles });

describe('invitations', () => {
  it('a coordinator invites a colleague in their own organisation with their own role: one person, invitation, mail job and audit row', async () => {
    const client = await loginAs(t.app, 'koordinatorHarstad', t.database.db);
    const before = await counts();
    const res = await client.post('/api/invitations', harstadInvite('Kari@Example.org', [{ role: 'eierkoordinator', organisationId: orgs['Harstad kommune'] }]));
    expect(res.statusCode).toBe(201);
    expect(res.json().invitation.email).toBe('kari@example.org');
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, person: before.person + 1, invitation: before.invitation + 1, job: before.job + 1, outbox: before.outbox + 1 });
    const [mail] = await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'kari@example.org'));
    expect(mail?.text).toContain('http://localhost:3000/logg-inn');
    const list = await client.get('/api/invitations');
    expect(list.json().invitations.map((i: { email: string; status: string }) => [i.email, i.status])).toContainEqual(['kari@example.org', 'open']);
  });

  it('a coordinator cannot invite people to another organisation, nor give another organisation’s role, nor admin', async () => {
    const client = await loginAs(t.app, 'koordinatorHarstad', t.database.db);
    const before = await counts();
    const nordreisa = { name: 'Nils Nabo', email: 'nabo@example.org', organisationId: orgs['Nordreisa kommune'] };
    for (const body of [
      { ...nordreisa, roles: [{ role: 'eierkoordinator', organisationId: orgs['Nordreisa kommune'] }] },
      { ...nordreisa, roles: [{ role: 'eierkoordinator', organisationId: orgs['Harstad kommune'] }] },
      harstadInvite('nabo@example.org', [{ role: 'eierkoordinator', organisationId: orgs['Nordreisa kommune'] }]),
      harstadInvite('nabo@example.org', [{ role: 'admin' }]),
    ]) {
      const res = await client.post('/api/invitations', body);
      expect(res.statusCode, JSON.stringify(body.roles)).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('a case officer invites within their own office only', async () => {
    const client = await loginAs(t.app, 'saksbehandler', t.database.db);
    const other = await client.post('/api/invitations', harstadInvite('nora2@example.org', [{ role: 'saksbehandler', officeId: 'nordland' }]));
    expect(other.statusCode).toBe(403);
    const own = await client.post('/api/invitations', harstadInvite('forum2@example.org', [{ role: 'forum', officeId: 'troms-og-finnmark' }]));
    expect(own.statusCode).toBe(201);
  });

  it('bad input is a 400 with Norwegian messages naming each field, and nothing is written', async () => {
    const client = await loginAs(t.app, 'admin', t.database.db);
    const before = await counts();
    const cases: [unknown, string, string][] = [
      [harstadInvite('ikke-en-adresse', [{ role: 'leser' }]), 'email', 'E-postadressen er ikke gyldig'],
      [harstadInvite('ny@example.org', [{ role: 'sjef' }]), 'roles.0.role', 'Ukjent rolle'],
      [harstadInvite('ny@example.org', [{ role: 'saksbehandler' }]), 'roles.0.officeId', 'Rollen må knyttes til et embete'],
      [harstadInvite('ny@example.org', [{ role: 'saksbehandler', officeId: 'atlantis' }]), 'roles.0.officeId', 'Ukjent statsforvalterembete'],
      [harstadInvite('ny@example.org', []), 'roles', 'Velg minst én rolle'],
    ];
    for (const [body, field, message] of cases) {
      const res = await client.post('/api/invitations', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fieldErrors).toContainEqual({ field, message });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a second open invitation for the same person', async () => {
    const client = await loginAs(t.app, 'admin', t.database.db);
    const res = await client.post('/api/invitations', harstadInvite('kari@example.org', [{ role: 'leser' }]));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fieldErrors[0].field).toBe('email');
  });

  it('revokes an open invitation once, with one audit row; another organisation’s coordinator may not', async () => {
    const [open] = await t.database.db.select().from(invitation).where(eq(invitation.email, 'kari@example.org'));
    const stranger = await loginAs(t.app, 'koordinatorNordreisa', t.database.db);
    expect((await stranger.delete(`/api/invitations/${open!.id}`)).statusCode).toBe(403);
    expect((await stranger.get('/api/invitations')).json().invitations).toEqual([]);
    const client = await loginAs(t.app, 'koordinatorHarstad', t.database.db);
    const before = await counts();
    const res = await client.delete(`/api/invitations/${open!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().invitation.revokedAt).not.toBeNull();
    expect((await counts()).audit).toBe(before.audit + 1);
    expect((await client.delete(`/api/invitations/${open!.id}`)).statusCode).toBe(409);
    expect((await client.delete('/api/invitations/not-a-uuid')).statusCode).toBe(404);
  });
});
