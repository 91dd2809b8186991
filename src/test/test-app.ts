// The real Fastify app over a test database, with helpers to log in as a demo user and call the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { loadConfig, type Config } from '../config/env.ts';
import { appUser } from '../db/schema/index.ts';
import { buildApp } from '../server/app.ts';
import { DEMO_EMAIL, type DemoActorKey } from './actors.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export type TestClient = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  request: (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

export type TestApp = { app: FastifyInstance; database: TestDatabase; config: Config; close: () => Promise<void> };

export function testConfig(overrides: Record<string, string> = {}): Config {
  // Tests log in far more often than people do (all from 127.0.0.1); the rate-limit test lowers this itself.
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000', DEMO_LOGIN: 'true', LOGIN_RATE_LIMIT: '10000', ...overrides });
}

export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Uploaded files go to a folder of this test app's own, never the working copy's data/.
  const config = testConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-test-data-')), ...overrides });
  const app = await buildApp({ db: database.db, config });
  await app.ready();
  return { app, database, config, close: async () => { await app.close(); await database.close(); } };
}

/** A client with no session (anonymous). */
export function anonymousClient(app: FastifyInstance): TestClient {
  return clientWith(app, {}, undefined);
}

export async function loginAs(app: FastifyInstance, key: DemoActorKey, db: TestDatabase['db']): Promise<TestClient> {
  const [user] = await db.select().from(appUser).where(eq(appUser.email, DEMO_EMAIL[key]));
  if (!user) throw new Error(`no demo user ${key}`);
  const res = await app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { userId: user.id } });
  if (res.statusCode !== 200) throw new Error(`demo login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'kl_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = res.json() as { csrfToken: string };
  return clientWith(app, { kl_session: cookie.value }, csrfToken);
}

function clientWith(app: FastifyInstance, cookies: Record<string, string>, csrfToken: string | undefined): TestClient {
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      cookies,
      headers: { ...headers, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}
