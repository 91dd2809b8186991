// The access matrix's cells, run for a part of the routes (ADR 010): the matrix is split over a few test files so
// that both of the test run's forks share it (one file of some 3 000 cells was the PGlite run's critical path). Each
// part starts its own app on its own database with the same fixtures; the coverage checks (every route has a row,
// every policy verb is asked) stay in src/server/access-matrix.test.ts, over every part's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, createTestApp, loginAs, type TestApp, type TestClient } from '../../test/test-app.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../test/oidc-provider.ts';
import type { DemoActorKey } from '../../test/actors.ts';
import { endpointOf } from '../contract/contracts.ts';
import { loadFixtures, type Fixtures } from './fixtures.ts';
import { auditRows, fingerprint } from './fingerprint.ts';
import { WHO, type CellContext, type RouteCase, type Tenancy, type Who } from './matrix.ts';

const DEMO_KEY: Record<Exclude<Who, 'anonymous'>, DemoActorKey> = {
  admin: 'admin',
  saksbehandler: 'saksbehandler',
  forum: 'forum',
  budsjettdisponent: 'budsjettdisponent',
  koordinator: 'koordinator',
  uh: 'uh',
  studiesenter: 'studiesenter',
  leser: 'leser',
};

/** The login's own routes: each ends the session it arrives with. */
const ENDS_SESSION = /^[A-Z]+ \/(api\/)?auth\//;

const cells = WHO.flatMap((who) => (['own', 'other'] as Tenancy[]).map((tenancy) => ({ who, tenancy })));

/** Starts the app for this file's part of the matrix and declares its cells; returns the running app (for checks
 * over the whole server). */
export function describeMatrix(cases: readonly RouteCase[]): () => TestApp {
  let t: TestApp;
  let provider: TestOidcProvider;
  let fx: Fixtures;
  let counter = 0;
  const loggedIn = new Map<Who, Promise<TestClient>>();

  /** One login per actor for the file: a demo login is a transaction of three writes, and a cell's request only uses
   * the session. The login's own routes get a fresh one, since they end the session they arrive with (demo login and
   * the OIDC callback replace it, logout deletes it). The session's actor is read again after any write to grants,
   * users or people (src/db/session-cache.ts), so a reused session sees what a fresh login would. */
  function clientFor(who: Who, route: string): Promise<TestClient> {
    if (who === 'anonymous') return Promise.resolve(anonymousClient(t.app));
    const login = () => loginAs(t.app, DEMO_KEY[who], t.database.db);
    if (ENDS_SESSION.test(route)) return login();
    let client = loggedIn.get(who);
    if (!client) loggedIn.set(who, (client = login()));
    return client;
  }

  beforeAll(async () => {
    provider = await startTestOidcProvider({ redirectUri: 'http://localhost:3000/auth/callback' });
    t = await createTestApp({ ...provider.env('http://localhost:3000'), DEMO_LOGIN: 'true' });
    fx = { ...(await loadFixtures(t.database.db)), dataDir: t.config.dataDir };
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  describe.each(cases.map((c) => [c.route, c] as const))('%s', (_route, routeCase) => {
    it.each(cells)('$who / $tenancy', async ({ who, tenancy }) => {
      const db = t.database.db;
      const client = await clientFor(who, routeCase.route);
      const ctx: CellContext = { db, who, tenancy, fx, unique: `${++counter}-${who}-${tenancy}` };
      const { url, body, headers } = await routeCase.request(ctx);
      const method = routeCase.route.split(' ')[0]!;
      // The expectation is known before the call, so each cell takes only what its own check compares: the audit
      // count for an allowed one, the digest of every table for a refused one.
      const allowed = routeCase.allow(who, tenancy);
      const before = allowed ? '' : await fingerprint(db);
      const auditBefore = allowed ? await auditRows(db) : 0;
      const res = await client.request(method, url, body, headers);
      const label = `${method} ${url} som ${who} (${tenancy}): ${res.statusCode} ${res.body.slice(0, 300)}`;
      if (allowed) {
        const ok = routeCase.allowedStatus ? routeCase.allowedStatus.includes(res.statusCode) : res.statusCode >= 200 && res.statusCode < 300;
        expect(ok, label).toBe(true);
        routeCase.payload(res.body ? safeJson(res.body) : null, ctx, res.headers);
        // The answer as the contract declares it, strictly: the route already sent it through the schema, and this
        // proves the schema and the matrix's own expectations agree (ADR 017).
        const contractResponse = endpointOf(routeCase.route)?.response;
        if (contractResponse) {
          const checked = contractResponse.safeParse(safeJson(res.body));
          expect(checked.success, `${label}: ${checked.error?.message ?? ''}`).toBe(true);
        }
        expect(await auditRows(db), `audit-rader etter ${label}`).toBe(auditBefore + (routeCase.mutation ? 1 : 0));
      } else {
        const refused = who === 'anonymous' ? [401, 403, 404] : [403, 404];
        expect(refused, label).toContain(res.statusCode);
        expect(await fingerprint(db), `endret data tross avslag: ${label}`).toBe(before);
      }
    });
  });

  return () => t;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
