// Login rate limit: brute force against the login endpoints from one IP is cut off with 429, the budget is shared
// by two app instances over one database (as behind a load balancer), and another IP is not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
  // The counters live in one-minute windows: start with enough of the window left to finish inside it.
  const leftMs = 60_000 - (Date.now() % 60_000);
  if (leftMs < 15_000) await new Promise((resolve) => setTimeout(resolve, leftMs + 100));
});
afterAll(() => t.close());

const attempt = (app: TestApp['app'], remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { userId: 'gjett' }, remoteAddress });

describe('login rate limit', () => {
  it('answers 429 with a Norwegian message after LOGIN_RATE_LIMIT attempts a minute, across instances', async () => {
    const second = await buildApp({ db: t.database.db, config: t.config });
    try {
      expect((await attempt(t.app, '203.0.113.7')).statusCode).toBe(400);
      expect((await attempt(second, '203.0.113.7')).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'GET', url: '/auth/login', remoteAddress: '203.0.113.7' })).statusCode).toBe(302);
      const limited = await attempt(second, '203.0.113.7');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.message).toBe('For mange innloggingsforsøk. Vent ett minutt og prøv igjen.');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await t.app.inject({ method: 'GET', url: '/auth/callback?state=x', remoteAddress: '203.0.113.7' })).statusCode).toBe(429);
      expect((await attempt(t.app, '198.51.100.2')).statusCode).toBe(400);
    } finally {
      await second.close();
    }
  });

  it('does not count other routes', async () => {
    for (let i = 0; i < 5; i++) expect((await t.app.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.9' })).statusCode).toBe(200);
    expect((await attempt(t.app, '192.0.2.9')).statusCode).toBe(400);
  });
});
