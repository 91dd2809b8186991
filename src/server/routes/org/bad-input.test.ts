// Bad input over HTTP: each invalid field gives a 400 with a Norwegian message naming that field, and nothing is
// written (neither the row nor an audit row). Each successful mutation writes exactly one audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { organisation, person } from '../../../db/schema/index.ts';
import { auditCount, orgId, personByEmail } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp, type TestClient } from '../../../test/test-app.ts';

let t: TestApp;
let client: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  client = await loginAs(t.app, 'saksbehandler', t.database.db);
});
afterAll(() => t.close());

const rows = async () => {
  const db = t.database.db;
  return {
    organisations: (await db.select({ n: count() }).from(organisation))[0]!.n,
    people: (await db.select({ n: count() }).from(person))[0]!.n,
    audit: await auditCount(db),
  };
};

type Case = [string, Record<string, unknown>, string, string];

const organisationCases: Case[] = [
  ['an orgnr with a wrong check digit', { orgnr: '972417972' }, 'orgnr', 'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke)'],
  ['an orgnr of 8 digits', { orgnr: '97241797' }, 'orgnr', 'Organisasjonsnummer må ha 9 siffer'],
  ['a kontonr with a wrong check digit', { kontonr: '8109 10 69556' }, 'kontonr', 'Kontonummeret er ikke gyldig (kontrollsifferet stemmer ikke)'],
  ['a kontonr of 10 digits', { kontonr: '8109106955' }, 'kontonr', 'Kontonummer må ha 11 siffer'],
  ['an e-mail without @', { email: 'post.harstad.kommune.no' }, 'email', 'E-postadressen er ikke gyldig'],
  ['a phone of 5 digits', { phone: '12345' }, 'phone', 'Telefonnummer må være et norsk nummer med 8 siffer'],
  ['an unknown municipality', { municipalityNumber: '9999' }, 'municipalityNumber', 'Kommunenummer 9999 finnes ikke i kommuneinndelingen for 2024'],
  ['a name of 201 characters', { name: 'x'.repeat(201) }, 'name', 'Navn kan ikke være lengre enn 200 tegn'],
  ['an address of 301 characters', { address: 'x'.repeat(301) }, 'address', 'Adresse kan ikke være lengre enn 300 tegn'],
];

const validOrganisation = { kind: 'privat-barnehageeier', name: 'Solsikken barnehage AS', municipalityNumber: '5503' };

describe('organisations: bad input is refused, naming the field, writing nothing', () => {
  it.each(organisationCases)('POST with %s → 400', async (_label, bad, field, message) => {
    const before = await rows();
    const res = await client.post('/api/organisations', { ...validOrganisation, ...bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ field, message }]);
    expect(await rows()).toEqual(before);
  });

  it.each(organisationCases)('PUT with %s → 400', async (_label, bad, field, message) => {
    const id = await orgId(t.database.db, 'Kvæfjord kommune');
    const current = (await client.get(`/api/organisations/${id}`)).json().organisation;
    const before = await rows();
    const res = await client.put(`/api/organisations/${id}`, { kind: 'kommune', name: current.name, municipalityNumber: '5510', ...bad, expectedVersion: current.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ field, message }]);
    expect(await rows()).toEqual(before);
    expect((await client.get(`/api/organisations/${id}`)).json().organisation.version).toBe(current.version);
  });

  it('a valid organisation is created with exactly one audit row', async () => {
    const before = await rows();
    const res = await client.post('/api/organisations', { ...validOrganisation, orgnr: '972 417 971', kontonr: '8109 10 69555' });
    // Harstad kommune already has this orgnr: a conflict on the field, still nothing written.
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fieldErrors[0].field).toBe('orgnr');
    expect(await rows()).toEqual(before);
    const ok = await client.post('/api/organisations', { ...validOrganisation, kontonr: '8109 10 69555', phone: '+47 400 00 123' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().organisation).toMatchObject({ kontonr: '81091069555', phone: '40000123' });
    expect(await rows()).toEqual({ ...before, organisations: before.organisations + 1, audit: before.audit + 1 });
  });
});

const personCases: Case[] = [
  ['an e-mail without a domain', { email: 'kari@' }, 'email', 'E-postadressen er ikke gyldig'],
  ['no e-mail', { email: '' }, 'email', 'E-postadressen er ikke gyldig'],
  ['a phone with letters', { phone: '400 OO 123' }, 'phone', 'Telefonnummer må være et norsk nummer med 8 siffer'],
  ['a name of 201 characters', { name: 'x'.repeat(201) }, 'name', 'Navn kan ikke være lengre enn 200 tegn'],
  ['an empty name', { name: '   ' }, 'name', 'Navn må fylles ut'],
  ['a title of 201 characters', { title: 'x'.repeat(201) }, 'title', 'Stilling kan ikke være lengre enn 200 tegn'],
  ['an organisation id that is not an id', { organisationId: 'harstad' }, 'organisationId', 'Velg organisasjon'],
];

describe('people: bad input is refused, naming the field, writing nothing', () => {
  const validPerson = async () => ({ name: 'Kari Nordmann', email: 'kari.nordmann@example.org', organisationId: await orgId(t.database.db, 'Harstad kommune') });

  it.each(personCases)('POST with %s → 400', async (_label, bad, field, message) => {
    const before = await rows();
    const res = await client.post('/api/people', { ...(await validPerson()), ...bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ field, message }]);
    expect(await rows()).toEqual(before);
  });

  it.each(personCases)('PUT with %s → 400', async (_label, bad, field, message) => {
    const eva = await personByEmail(t.database.db, 'eva.evenes@example.org');
    const before = await rows();
    const form = { name: eva.name, email: eva.email, title: eva.title, organisationId: eva.organisationId, expectedVersion: eva.version };
    const res = await client.put(`/api/people/${eva.id}`, { ...form, ...bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ field, message }]);
    expect(await rows()).toEqual(before);
    expect((await personByEmail(t.database.db, 'eva.evenes@example.org')).version).toBe(eva.version);
  });

  it('creates and updates a person with one audit row each; a duplicate e-mail in the organisation is a 409 on email', async () => {
    const before = await rows();
    const created = await client.post('/api/people', { ...(await validPerson()), phone: '400 00 123', title: 'Rektor' });
    expect(created.statusCode).toBe(201);
    const p = created.json().person;
    expect(p).toMatchObject({ phone: '40000123', organisationName: 'Harstad kommune', version: 1 });
    expect(await rows()).toEqual({ ...before, people: before.people + 1, audit: before.audit + 1 });

    const duplicate = await client.post('/api/people', { ...(await validPerson()), name: 'Kari N.', email: 'KARI.NORDMANN@example.org' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fieldErrors).toEqual([
      { field: 'email', message: 'Det finnes allerede en kontaktperson med e-postadressen kari.nordmann@example.org i denne organisasjonen' },
    ]);

    const updated = await client.put(`/api/people/${p.id}`, { ...(await validPerson()), title: 'Oppvekstsjef', expectedVersion: 1 });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().person).toMatchObject({ title: 'Oppvekstsjef', version: 2 });
    expect(await rows()).toEqual({ ...before, people: before.people + 1, audit: before.audit + 2 });
    const stale = await client.put(`/api/people/${p.id}`, { ...(await validPerson()), expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
  });
});
