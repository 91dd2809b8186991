// Issue 8 over HTTP with the real app: findings 5 (text part), 7 (a, b) and 9.
//
// Finding 5 — attack: text the database cannot store, sent where any client can put it. NUL (PostgreSQL refuses it
// in text and jsonb), an unpaired UTF-16 surrogate (the JSON escape "\ud800": not Unicode, jsonb refuses it) and a
// query string whose percent-encoding does not decode reached the database and answered 500 with an error id —
// log noise on demand and a probe of which inputs reach SQL. Each must be a 400 with a Norwegian message, writing
// nothing (the table digests of the access matrix stay the same). And ordinary text (æøå, emoji) still passes.
//
// Finding 7a — attack: session fixation, and the shared computer. A login on a browser that still carries a session
// cookie (someone else's, or one an attacker planted) must end that session; the user's sessions elsewhere stay.
// Finding 7b — responses with personal data must not be kept by a cache (the browser's on a shared computer, a
// proxy's): every /api/ and /auth/ response says Cache-Control: no-store; file downloads keep `private, no-store`.
//
// Finding 9 — HEAD of a page route (/, /behovsmeldinger) answered 404: it must answer like GET, without a body.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { appUser, behovsmeldingField, partnership, person, session } from '../db/schema/index.ts';
import { hashToken } from '../db/session-repository.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { demoActor, DEMO_EMAIL } from '../test/actors.ts';
import { roundInput } from '../test/behovsmelding-fixture.ts';
import { freePort } from '../test/free-port.ts';
import { loginOverHttp } from '../test/oidc-login-flow.ts';
import { orgId, partnershipByName, SOR_TROMS } from '../test/org-lookups.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../test/oidc-provider.ts';
import { anonymousClient, createTestApp, loginAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { createApplication } from '../usecases/behovsmelding/create-application.ts';
import { createRound } from '../usecases/behovsmelding/create-round.ts';
import { invitePerson } from '../usecases/access/invite-person.ts';
import { fingerprint } from './access-matrix/fingerprint.ts';
import { buildApp } from './app.ts';

let t: TestApp;
let siri: TestClient;
let ola: TestClient;
let applicationId: string;
let roundId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  siri = await loginAs(t.app, 'saksbehandler', db);
  ola = await loginAs(t.app, 'koordinator', db);
  // An open round (system clock: open until 2099) and a draft for Sør-Troms, whose coordinator is Ola.
  const admin = await demoActor(db, 'admin');
  const round = await createRound({ db, actor: admin, clock: systemClock, input: roundInput(2070, { opensAtLocal: '2020-01-01T00:00:00', deadlineLocal: '2099-12-31T23:59:59' }) });
  roundId = round.id;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  applicationId = (await createApplication({ db, actor: admin, clock: systemClock, input: { roundId, partnershipId: sorTroms.id } })).id;
});
afterAll(() => t?.close());

const UNSTORABLE = /^Teksten inneholder tegn som ikke kan lagres \(.+\)/;

/** A request body as raw JSON text, so escapes like "\ud800" reach the server exactly as written. */
const rawJson = (client: TestClient, method: string, url: string, json: string) => client.request(method, url, json, { 'content-type': 'application/json' });

async function partnershipForm() {
  const p = (await ola.get(`/api/partnerships/${(await partnershipByName(t.database.db, SOR_TROMS)).id}`)).json().partnership;
  return {
    id: p.id as string,
    form: {
      name: p.name,
      officeId: p.officeId,
      schemeId: p.schemeId,
      description: 'Beskrivelse',
      applicantId: p.applicantId,
      payeeId: p.payeeId,
      coordinatorPersonId: p.coordinatorPersonId,
      members: p.members.map((m: { organisationId: string; role: string }) => ({ organisationId: m.organisationId, role: m.role })),
      units: p.units,
      expectedVersion: p.version as number,
    },
  };
}

/** Each real route with one text field to spoil: [label, send(text) → response]. */
const writes: [string, (text: string) => Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>][] = [
  ['a behovsmelding field save', (text) => ola.put(`/api/behovsmelding/applications/${applicationId}/fields/s2.ppt`, { value: text, baseVersion: 0 })],
  [
    'a partnership update',
    async (text) => {
      const { id, form } = await partnershipForm();
      return ola.put(`/api/partnerships/${id}`, { ...form, description: text });
    },
  ],
  ['a person create', async (text) => siri.post('/api/people', { name: text, email: 'nul.tegn@example.org', organisationId: await orgId(t.database.db, 'Harstad kommune') })],
];

describe('Finding 5: text the database cannot store is refused with 400, writing nothing', () => {
  it.each(writes)('Finding 5: NUL in a JSON string answers 400 and writes nothing (%s)', async (_label, send) => {
    const before = await fingerprint(t.database.db);
    const res = await send('Ola\u0000Nordmann');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.message).toMatch(UNSTORABLE);
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it.each(writes)('a text carrying the message mark (U+2063) answers 400, so no input can pose as a message (%s)', async (_label, send) => {
    const before = await fingerprint(t.database.db);
    const res = await send('Ola \u2063shared.forbidden\u2063');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(UNSTORABLE);
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it.each(writes)('Finding 5: a lone surrogate ("\\ud800" in JSON) answers 400 and writes nothing (%s)', async (_label, send) => {
    for (const bad of ['A\ud800B', 'A\udc00', '\udc00\ud800', 'slutt\ud83d']) {
      const before = await fingerprint(t.database.db);
      const res = await send(bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.message).toMatch(UNSTORABLE);
      expect(await fingerprint(t.database.db)).toBe(before);
    }
  });

  it('Finding 5: the JSON escape "\\ud800" itself (raw request text), in a value and in an object key, answers 400', async () => {
    const harstad = await orgId(t.database.db, 'Harstad kommune');
    const before = await fingerprint(t.database.db);
    const inValue = await rawJson(siri, 'POST', '/api/people', `{"name":"Kari \\ud800","email":"k@example.org","organisationId":"${harstad}"}`);
    expect(inValue.statusCode).toBe(400);
    expect(inValue.json().error).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field: 'name' }] });
    const inKey = await rawJson(siri, 'POST', '/api/people', `{"name":"Kari","email":"k@example.org","organisationId":"${harstad}","x\\u0000y":1}`);
    expect(inKey.statusCode).toBe(400);
    expect(inKey.json().error.message).toMatch(UNSTORABLE);
    const nestedKey = await rawJson(ola, 'PUT', `/api/behovsmelding/applications/${applicationId}/fields/s2.delmal`, `{"value":[{"text":"a","points":[],"\\udfff":1}],"baseVersion":0}`);
    expect(nestedKey.statusCode).toBe(400);
    expect(nestedKey.json().error.fieldErrors[0].field).toBe('value.0.\ufffd');
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it('Finding 5: a 10 000-deep JSON body is checked without blowing the stack', async () => {
    const depth = 10_000;
    const before = await fingerprint(t.database.db);
    const deepNul = `{"value":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)},"baseVersion":0}`;
    const res = await rawJson(ola, 'PUT', `/api/behovsmelding/applications/${applicationId}/fields/s2.ppt`, deepNul);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(UNSTORABLE);
    const deepClean = `{"value":${'['.repeat(depth)}"x"${']'.repeat(depth)},"baseVersion":0}`;
    const clean = await rawJson(ola, 'PUT', `/api/behovsmelding/applications/${applicationId}/fields/s2.ppt`, deepClean);
    expect(clean.statusCode).toBe(400);
    expect(clean.json().error.message).not.toMatch(UNSTORABLE);
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it('Finding 5: NUL, an encoded surrogate or a malformed percent-encoding in the query string answers 400', async () => {
    const lists = ['/api/organisations', `/api/behovsmelding/rounds/${roundId}/applications`, '/api/audit'];
    for (const list of lists)
      for (const q of ['%00', 'a%00b', '%ED%A0%80', '%ud800', '%E0%A4%A', '100%', '%C3']) {
        const res = await siri.get(`${list}?q=${q}`);
        expect(res.statusCode, `${list}?q=${q}`).toBe(400);
        expect(res.json().error, `${list}?q=${q}`).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field: 'q' }] });
        expect(res.json().error.message).toMatch(/^(Teksten|Adressen) inneholder tegn som ikke kan/);
      }
    const name = await siri.get('/api/people?organisationId=%00');
    expect(name.statusCode).toBe(400);
    expect(name.json().error.fieldErrors).toEqual([{ field: 'organisationId', message: expect.stringMatching(UNSTORABLE) }]);
  });

  it('Finding 5: NUL in a URL parameter answers 400; a malformed percent-encoding in the path answers 400 in Norwegian', async () => {
    const before = await fingerprint(t.database.db);
    const nulKey = await ola.put(`/api/behovsmelding/applications/${applicationId}/fields/s2.ppt%00`, { value: 'x', baseVersion: 0 });
    expect(nulKey.statusCode).toBe(400);
    expect(nulKey.json().error.fieldErrors).toEqual([{ field: 'key', message: expect.stringMatching(UNSTORABLE) }]);
    const nulId = await siri.get('/api/people/%00');
    expect(nulId.statusCode).toBe(400);
    for (const url of ['/api/people/%E0%A4%A', '/api/people/%ED%A0%80', '/api/people/%ud800', '/partnerskap/%']) {
      const res = await siri.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^Adressen inneholder tegn som ikke kan leses/) } });
    }
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it('says these refusals, and the platform’s own, in the reader’s language (Accept-Language; ADR 019)', async () => {
    const inNynorsk = { 'accept-language': 'nn' };
    const inEnglish = { 'accept-language': 'en-GB,en;q=0.9' };
    const nulQuery = await siri.request('GET', '/api/people?organisationId=%00', undefined, inNynorsk);
    expect(nulQuery.json().error.fieldErrors).toEqual([{ field: 'organisationId', message: expect.stringMatching(/^Teksten inneheld teikn som ikkje kan lagrast/) }]);
    const badQuery = await siri.request('GET', '/api/organisations?q=%E0%A4%A', undefined, inEnglish);
    expect(badQuery.json().error.message).toBe('The address contains characters that cannot be read (invalid percent-encoding)');
    const badPath = await siri.request('GET', '/api/people/%E0%A4%A', undefined, inNynorsk);
    expect(badPath.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'Adressa inneheld teikn som ikkje kan lesast (ugyldig prosentkoding)' } });
    const unknown = await siri.request('GET', '/api/finst-ikkje', undefined, inEnglish);
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Could not find /api/finst-ikkje' } });
    expect((await siri.get('/api/finst-ikkje')).json().error.message).toBe('Fant ikke /api/finst-ikkje');
    const notJson = await siri.request('POST', '/api/people', '{', { ...inNynorsk, 'content-type': 'application/json' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.message).toBe('Ugyldig førespurnad');
  });

  it('Finding 5: the fix does not block too much — æøå, emoji (surrogate pairs), %25 and + still pass', async () => {
    const saved = await ola.put(`/api/behovsmelding/applications/${applicationId}/fields/s2.ppt`, { value: 'PPT i Sør-Troms 👍 – «æøå» ½', baseVersion: 0 });
    expect(saved.statusCode).toBe(200);
    // This field's row: the application also holds what it started with from the partnership (issue 12, point 6).
    const [row] = await t.database.db.select().from(behovsmeldingField).where(and(eq(behovsmeldingField.applicationId, applicationId), eq(behovsmeldingField.key, 's2.ppt')));
    expect(row?.value).toBe('PPT i Sør-Troms 👍 – «æøå» ½');
    const raw = await rawJson(ola, 'PUT', `/api/behovsmelding/applications/${applicationId}/fields/s2.ppt`, '{"value":"Paret \\ud83d\\udc4d","baseVersion":1}');
    expect(raw.statusCode).toBe(200);
    const found = await siri.get(`/api/organisations?q=${encodeURIComponent('Kvæfjord')}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().organisations.map((o: { name: string }) => o.name)).toContain('Kvæfjord kommune');
    for (const q of ['100%25', 'a+b', 'sør-troms'])
      expect((await siri.get(`/api/behovsmelding/rounds/${roundId}/applications?q=${q}`)).statusCode, q).toBe(200);
    const { id, form } = await partnershipForm();
    expect((await ola.put(`/api/partnerships/${id}`, { ...form, description: 'Samarbeid 🤝 i Nord' })).statusCode).toBe(200);
    const [p] = await t.database.db.select().from(partnership).where(eq(partnership.id, id));
    expect(p?.description).toBe('Samarbeid 🤝 i Nord');
    const created = await siri.post('/api/people', { name: 'Åse Ærlig', email: 'ase.aerlig@example.org', organisationId: await orgId(t.database.db, 'Harstad kommune') });
    expect(created.statusCode).toBe(201);
    expect((await t.database.db.select().from(person).where(eq(person.email, 'ase.aerlig@example.org'))).length).toBe(1);
  });
});

/** Logs in as a demo user, optionally with a cookie (and its CSRF token) already in the browser. */
async function demoLogin(app: FastifyInstance, key: keyof typeof DEMO_EMAIL, carrying?: { token: string; csrfToken: string }) {
  const [user] = await t.database.db.select().from(appUser).where(eq(appUser.email, DEMO_EMAIL[key]));
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/demo-login',
    payload: { userId: user!.id },
    ...(carrying ? { cookies: { kl_session: carrying.token }, headers: { 'x-csrf-token': carrying.csrfToken } } : {}),
  });
  expect(res.statusCode).toBe(200);
  return { token: res.cookies.find((c) => c.name === 'kl_session')!.value, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

const sessionExists = async (token: string) => (await t.database.db.select().from(session).where(eq(session.idHash, hashToken(token)))).length === 1;
const whoIs = async (app: FastifyInstance, token: string) =>
  ((await app.inject({ method: 'GET', url: '/api/session', cookies: { kl_session: token } })).json() as { user: { email: string } | null }).user?.email ?? null;

describe('Finding 7a: a login ends the session its cookie came with', () => {
  it('Finding 7a: a demo login on a shared computer ends the previous user’s session there; other sessions stay', async () => {
    const liv = await demoLogin(t.app, 'leser');
    const livElsewhere = await demoLogin(t.app, 'leser');
    // Per logs in on the computer Liv left logged in.
    const per = await demoLogin(t.app, 'studiesenter', liv);
    expect(await sessionExists(liv.token)).toBe(false);
    expect(await whoIs(t.app, liv.token)).toBeNull();
    expect(await whoIs(t.app, per.token)).toBe(DEMO_EMAIL.studiesenter);
    expect(await whoIs(t.app, livElsewhere.token)).toBe(DEMO_EMAIL.leser);
  });

  it('Finding 7a: logging in again as the same user replaces the session, not the one on the other device', async () => {
    const first = await demoLogin(t.app, 'forum');
    const otherDevice = await demoLogin(t.app, 'forum');
    const again = await demoLogin(t.app, 'forum', first);
    expect(again.token).not.toBe(first.token);
    expect(await sessionExists(first.token)).toBe(false);
    expect(await whoIs(t.app, otherDevice.token)).toBe(DEMO_EMAIL.forum);
    expect(await whoIs(t.app, again.token)).toBe(DEMO_EMAIL.forum);
  });

  it('Finding 7a: a refused login leaves the session it came with', async () => {
    const liv = await demoLogin(t.app, 'leser');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/demo-login',
      payload: { userId: '00000000-0000-4000-8000-000000000000' },
      cookies: { kl_session: liv.token },
      headers: { 'x-csrf-token': liv.csrfToken },
    });
    expect(res.statusCode).toBe(400);
    expect(await whoIs(t.app, liv.token)).toBe(DEMO_EMAIL.leser);
  });
});

describe('Finding 7a: the OIDC callback ends the session its cookie came with', () => {
  let op: TestOidcProvider;
  let oidcApp: TestApp;
  let appUrl: string;
  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    op = await startTestOidcProvider({ redirectUri: `${appUrl}/auth/callback`, accounts: [{ subject: 'sub-tove', email: 'tove@example.org', emailVerified: true }] });
    oidcApp = await createTestApp(op.env(appUrl));
    await oidcApp.app.listen({ port, host: '127.0.0.1' });
    const db = oidcApp.database.db;
    const harstad = await orgId(db, 'Harstad kommune');
    await invitePerson({ db, clock: systemClock, actor: await demoActor(db, 'admin'), publicUrl: appUrl, input: { name: 'Tove Test', email: 'tove@example.org', organisationId: harstad, roles: [{ role: 'eierkoordinator', organisationId: harstad }] } });
  });
  afterAll(async () => {
    await oidcApp?.close();
    await op?.close();
  });

  it('Finding 7a: an OIDC login in a browser that carries a session cookie ends that session; the other device’s stays', async () => {
    const laptop = await loginOverHttp({ appUrl, account: { subject: 'sub-tove' } });
    const phone = await loginOverHttp({ appUrl, account: { subject: 'sub-tove' } });
    const url = new URL(appUrl);
    const laptopToken = laptop.jar.get(url, 'kl_session')!;
    const phoneToken = phone.jar.get(url, 'kl_session')!;
    expect(laptopToken && phoneToken).toBeTruthy();
    const again = await loginOverHttp({ appUrl, account: { subject: 'sub-tove' }, jar: laptop.jar });
    expect(again.location).toBe('/');
    const newToken = again.jar.get(url, 'kl_session')!;
    expect(newToken).not.toBe(laptopToken);
    const db = oidcApp.database.db;
    const exists = async (token: string) => (await db.select().from(session).where(eq(session.idHash, hashToken(token)))).length === 1;
    expect(await exists(laptopToken)).toBe(false);
    expect(await exists(phoneToken)).toBe(true);
    expect(await exists(newToken)).toBe(true);
  });
});

describe('Finding 7b: API responses are not kept by caches', () => {
  it('Finding 7b: /api/ and /auth/ responses carry Cache-Control: no-store — data, lists, errors, 404 and redirects', async () => {
    const eva = (await siri.get('/api/people')).json().people[0] as { id: string };
    const responses = {
      session: await siri.get('/api/session'),
      person: await siri.get(`/api/people/${eva.id}`),
      list: await siri.get('/api/organisations?q=harstad'),
      application: await ola.get(`/api/behovsmelding/applications/${applicationId}`),
      saved: await ola.put(`/api/behovsmelding/applications/${applicationId}/fields/s2.malgrupper`, { value: 'Alle', baseVersion: 0 }),
      badInput: await siri.post('/api/people', { name: '' }),
      anonymous: await anonymousClient(t.app).get('/api/people'),
      unknown: await siri.get('/api/finnes-ikke'),
      login: await anonymousClient(t.app).get('/auth/login'),
      head: await siri.request('HEAD', '/api/session'),
    };
    for (const [name, res] of Object.entries(responses)) expect(res.headers['cache-control'], name).toBe('no-store');
    expect(responses.login.statusCode).toBe(302);
  });

  it('Finding 7b: a file download keeps its own `private, no-store`', async () => {
    const res = await siri.get(`/api/behovsmelding/applications/${applicationId}/export.json?utkast=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('Finding 7b: /health is not an API response with personal data and is left alone', async () => {
    expect((await anonymousClient(t.app).get('/health')).headers['cache-control']).toBeUndefined();
  });
});

describe('Finding 9: HEAD answers like GET', () => {
  let web: FastifyInstance;
  let webDir: string;
  const INDEX = '<!doctype html><html lang="nb"><head><title>Kompetanseløft</title></head><body><div id="root"></div></body></html>';
  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), INDEX);
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1);');
    web = await buildApp({ db: t.database.db, config: t.config, webDir });
    await web.ready();
  });
  afterAll(async () => {
    await web?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const withoutDate = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'date'));

  it.each(['/', '/behovsmeldinger', '/partnerskap/123?fane=2'])('Finding 9: HEAD %s answers 200 with the headers of GET and no body', async (url) => {
    const get = await web.inject({ method: 'GET', url });
    const head = await web.inject({ method: 'HEAD', url });
    expect(get.statusCode).toBe(200);
    expect(get.body).toBe(INDEX);
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(withoutDate(head.headers)).toEqual(withoutDate(get.headers));
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('Finding 9: HEAD of an asset, of an API GET route and of unknown paths answers as GET does', async () => {
    const asset = await web.inject({ method: 'HEAD', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('');
    const api = await web.inject({ method: 'HEAD', url: '/api/session' });
    const apiGet = await web.inject({ method: 'GET', url: '/api/session' });
    expect(api.statusCode).toBe(200);
    expect(api.body).toBe('');
    expect(api.headers['content-type']).toBe(apiGet.headers['content-type']);
    expect(api.headers['content-length']).toBe(apiGet.headers['content-length']);
    for (const url of ['/api/finnes-ikke', '/auth/finnes-ikke', '/assets/finnes-ikke.js']) {
      const res = await web.inject({ method: 'HEAD', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toBe('');
    }
  });
});
