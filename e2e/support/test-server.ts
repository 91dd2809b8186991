// The real server (built UI + API) over a fresh test database, listening on a free loopback port.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { WEB_DIST } from '../../src/server/web-build.ts';
import { testConfig } from '../../src/test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../src/test/test-db.ts';
import type { Config } from '../../src/config/env.ts';
import { freePort } from '../../src/test/free-port.ts';

export { freePort };

export type TestServer = { baseUrl: string; app: FastifyInstance; database: TestDatabase; config: Config; close: () => Promise<void> };

/** `port`: when the test must know the address first (an OIDC provider registers the callback URL). */
export async function startTestServer(env: Record<string, string> = {}, options: { port?: number } = {}): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await createTestDatabase();
  const config = testConfig({ PUBLIC_URL: baseUrl, PORT: String(port), ...env });
  const app = await buildApp({ db: database.db, config, webDir: WEB_DIST });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
