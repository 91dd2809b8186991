// Reference data over HTTP: any logged-in user reads it (with Kartverket's attribution); only an admin edits schemes;
// regions are edited by the office's saksbehandler and must name 2024 municipalities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount } from '../../../test/org-lookups.ts';
import { anonymousClient, createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

const ATTRIBUTION = 'Kartgrunnlag: Kartverket (CC BY 4.0)';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('reference data', () => {
  it('counties and municipalities carry the attribution; the 2020 division is there for legacy data', async () => {
    const client = await loginAs(t.app, 'uh', t.database.db);
    const counties = (await client.get('/api/reference/counties')).json();
    expect(counties.attribution).toBe(ATTRIBUTION);
    expect(counties.counties).toHaveLength(15);
    const legacy = (await client.get('/api/reference/counties?division=2020')).json();
    expect(legacy.counties.map((c: { number: string }) => c.number)).toContain('54');
    const bad = await client.get('/api/reference/counties?division=1999');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toEqual([{ field: 'division', message: 'Inndelingen må være 2024 eller 2020' }]);

    const m = (await client.get('/api/reference/municipalities?division=2024&county=55&q=G%C3%A1ivuotna')).json();
    expect(m.attribution).toBe(ATTRIBUTION);
    expect(m.municipalities).toEqual([
      expect.objectContaining({ number: '5540', name: 'Kåfjord', countyNumber: '55', samiLanguage: 'nordsamisk', successorNumbers: [] }),
    ]);
    const split = (await client.get('/api/reference/municipalities?division=2020&q=1507')).json();
    expect(split.municipalities[0].successorNumbers).toEqual(['1508', '1580']);
    expect((await anonymousClient(t.app).get('/api/reference/municipalities')).statusCode).toBe(401);
  });

  it('offices and schemes are readable; only an admin edits a scheme', async () => {
    const staff = await loginAs(t.app, 'saksbehandler', t.database.db);
    expect((await staff.get('/api/reference/offices')).json().offices).toContainEqual(expect.objectContaining({ id: 'nordland' }));
    const scheme = (await staff.get('/api/reference/schemes/rekomp')).json().scheme;
    expect((await staff.get('/api/reference/schemes')).json().schemes).toHaveLength(4);
    expect((await staff.get('/api/reference/schemes/ukjent')).statusCode).toBe(404);
    const form = { name: scheme.name, shortName: scheme.shortName, description: scheme.description, active: false, rules: scheme.rules, expectedVersion: scheme.version };
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const audits = await auditCount(t.database.db);
    expect((await staff.put('/api/reference/schemes/rekomp', form)).statusCode).toBe(403);
    expect(await auditCount(t.database.db)).toBe(audits);
    const res = await admin.put('/api/reference/schemes/rekomp', form);
    expect(res.statusCode).toBe(200);
    expect(res.json().scheme).toMatchObject({ active: false, version: scheme.version + 1 });
    expect(await auditCount(t.database.db)).toBe(audits + 1);
  });

  it('scheme name and description are texts per language; a name without Bokmål is a 400 naming name.nb', async () => {
    const admin = await loginAs(t.app, 'admin', t.database.db);
    const scheme = (await admin.get('/api/reference/schemes/kompetanseloftet')).json().scheme;
    expect(scheme.name).toEqual({
      nb: 'Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
      nn: 'Kompetanseløftet for spesialpedagogikk og inkluderande praksis',
      en: 'Competence boost for special needs education and inclusive practice',
      se: 'Kompetanseløftet spesiálapedagogihkas ja searvadahtti geavadagas',
    });
    expect(scheme.description).toMatchObject({ nb: expect.stringContaining('Tilskudd'), nn: expect.stringContaining('Tilskot') });
    const form = { name: scheme.name, shortName: scheme.shortName, description: scheme.description, active: true, rules: scheme.rules, expectedVersion: scheme.version };
    const audits = await auditCount(t.database.db);

    const bad = await admin.put('/api/reference/schemes/kompetanseloftet', { ...form, name: { nn: 'Berre nynorsk' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toEqual([{ field: 'name.nb', message: 'Navn må ha tekst på bokmål' }]);
    // In the reader's language, the field's label too (ADR 019).
    const inEnglish = await admin.request('PUT', '/api/reference/schemes/kompetanseloftet', { ...form, name: { nn: 'Berre nynorsk' } }, { 'accept-language': 'en' });
    expect(inEnglish.json().error.fieldErrors).toEqual([{ field: 'name.nb', message: 'Name must have a text in Bokmål' }]);
    expect(await auditCount(t.database.db)).toBe(audits);

    const name = { ...scheme.name, en: 'Competence boost for special needs education', se: '' };
    const ok = await admin.put('/api/reference/schemes/kompetanseloftet', { ...form, name });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().scheme.name).toEqual({ nb: scheme.name.nb, nn: scheme.name.nn, en: 'Competence boost for special needs education' });
    expect(await auditCount(t.database.db)).toBe(audits + 1);
    const stale = await admin.request('PUT', '/api/reference/schemes/kompetanseloftet', { ...form, name }, { 'accept-language': 'nn' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe('Nokon andre har endra tilskotsordninga etter at du opna den. Last inn sida på nytt og prøv igjen.');
    expect(await auditCount(t.database.db)).toBe(audits + 1);
  });
});

describe('regions', () => {
  it('lists regions with their municipalities; refuses an unknown one naming its index; saves a valid edit', async () => {
    const staff = await loginAs(t.app, 'saksbehandler', t.database.db);
    const regions = (await staff.get('/api/regions')).json().regions as { id: string; name: string; version: number; officeId: string; municipalities: { number: string }[] }[];
    const sor = regions.find((r) => r.name === 'Sør-Troms')!;
    expect(sor.municipalities.map((m) => m.number)).toContain('1853');
    const numbers = sor.municipalities.map((m) => m.number);
    const audits = await auditCount(t.database.db);
    const bad = await staff.put(`/api/regions/${sor.id}`, { name: sor.name, officeId: sor.officeId, municipalityNumbers: [...numbers, '0000'], expectedVersion: sor.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toEqual([
      { field: `municipalityNumbers.${numbers.length}`, message: 'Kommunenummer 0000 finnes ikke i kommuneinndelingen for 2024' },
    ]);
    expect(await auditCount(t.database.db)).toBe(audits);
    const ok = await staff.put(`/api/regions/${sor.id}`, { name: sor.name, officeId: sor.officeId, municipalityNumbers: numbers.slice(1), expectedVersion: sor.version });
    expect(ok.statusCode).toBe(200);
    expect((await staff.get(`/api/regions/${sor.id}`)).json().region.municipalities).toHaveLength(numbers.length - 1);
    expect(await auditCount(t.database.db)).toBe(audits + 1);
    const coordinator = await loginAs(t.app, 'koordinator', t.database.db);
    expect((await coordinator.post('/api/regions', { name: 'Ny region', officeId: 'troms-og-finnmark', municipalityNumbers: ['5503'] })).statusCode).toBe(403);
  });
});
