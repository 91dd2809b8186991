// Security basics over HTTP with the real app: session cookie flags, CSRF on mutations, security headers,
// and /health answering 503 when the database is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appUser, organisation } from '../db/schema/index.ts';
import { createTestApp, loginAs, type TestApp } from '../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sessions, CSRF and headers', () => {
  it('sets an HttpOnly SameSite=Lax session cookie on login and reports the user', async () => {
    const [user] = await t.database.db.select().from(appUser).where(eq(appUser.email, 'siri.saksbehandler@example.org'));
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { userId: user!.id } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kl_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await t.app.inject({ method: 'GET', url: '/api/session', cookies: { kl_session: cookie!.value } });
    expect(session.json().user).toMatchObject({ name: 'Siri Havlund', grants: [{ role: 'saksbehandler', officeId: 'troms-og-finnmark' }] });
  });

  it('refuses a logged-in mutation without the CSRF token, and one from a foreign origin', async () => {
    const client = await loginAs(t.app, 'admin', t.database.db);
    const body = { kind: 'virksomhet', name: 'CSRF AS' };
    const ok = await client.post('/api/organisations', body);
    expect(ok.statusCode).toBe(201);
    const session = (await client.get('/api/session')).json();
    expect(session.csrfToken).toBeTruthy();
    const cookies = { kl_session: '' };
    // Same session cookie, no token: what a cross-site form post would send.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { userId: session.user.id } });
    cookies.kl_session = login.cookies.find((c) => c.name === 'kl_session')!.value;
    const noToken = await t.app.inject({ method: 'POST', url: '/api/organisations', cookies, payload: { ...body, name: 'Uten token AS' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      cookies,
      headers: { origin: 'https://angriper.example', 'x-csrf-token': login.json().csrfToken },
      payload: { ...body, name: 'Fremmed AS' },
    });
    expect(foreign.statusCode).toBe(403);
    const written = await t.database.db.select().from(organisation).where(eq(organisation.kind, 'virksomhet'));
    expect(written.map((o) => o.name)).not.toContain('Uten token AS');
    expect(written.map((o) => o.name)).not.toContain('Fremmed AS');
  });

  it('sends a strict Content-Security-Policy and the usual security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('answers 401 to an anonymous API call', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Du må logge inn');
  });
});

describe('/health', () => {
  it('is ok while the database answers and 503 when it does not', async () => {
    const other = await createTestApp();
    const ok = await other.app.inject({ method: 'GET', url: '/health' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', db: 'ok' });
    await other.database.close();
    const down = await other.app.inject({ method: 'GET', url: '/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'error', db: 'unreachable' });
    await other.app.close();
  });
});
