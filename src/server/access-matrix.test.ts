// Access matrix: every route the server registers × every role × own/other organisation. The route list comes from
// the running app, so a new route without a matrix entry fails here, and each row names the policy verb it asks, so a
// verb of a module policy that no route asks fails too. Allowed cells must answer 2xx with real data
// (and a mutation adds exactly one audit row); refused cells answer 401 (anonymous), 403 or 404 and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, createTestApp, loginAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../test/oidc-provider.ts';
import type { DemoActorKey } from '../test/actors.ts';
import { accessCases } from './access-matrix/cases-access.ts';
import { orgCases } from './access-matrix/cases-org.ts';
import { partnershipCases } from './access-matrix/cases-partnership.ts';
import { platformCases } from './access-matrix/cases-platform.ts';
import { referenceCases } from './access-matrix/cases-reference.ts';
import { behovsmeldingCases } from './access-matrix/cases-behovsmelding.ts';
import { questionnaireCases } from './access-matrix/cases-questionnaire.ts';
import { startCases } from './access-matrix/cases-start.ts';
import { forumCases } from './access-matrix/cases-forum.ts';
import { tilsagnCases } from './access-matrix/cases-tilsagn.ts';
import { loadFixtures, type Fixtures } from './access-matrix/fixtures.ts';
import { auditRows, fingerprint } from './access-matrix/fingerprint.ts';
import { VERBS_WITHOUT_ROUTE, WHO, type CellContext, type RouteCase, type Tenancy, type Who } from './access-matrix/matrix.ts';
import { policyVerbs, type PolicyVerb } from '../domain/access/policy.ts';
import { endpointOf } from './contract/contracts.ts';

const CASES: RouteCase[] = [...platformCases, ...orgCases, ...partnershipCases, ...referenceCases, ...behovsmeldingCases, ...accessCases, ...questionnaireCases, ...startCases, ...forumCases, ...tilsagnCases];
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

let t: TestApp;
let provider: TestOidcProvider;
let fx: Fixtures;
let counter = 0;

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUri: 'http://localhost:3000/auth/callback' });
  t = await createTestApp({ ...provider.env('http://localhost:3000'), DEMO_LOGIN: 'true' });
  fx = { ...(await loadFixtures(t.database.db)), dataDir: t.config.dataDir };
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

describe('the matrix covers the server', () => {
  it('has exactly one entry for every registered route, and none for routes that do not exist', () => {
    const registered = t.app.registeredRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = CASES.map((c) => c.route).sort();
    expect(covered).toEqual([...new Set(covered)]);
    expect(registered.filter((r) => !covered.includes(r)), 'ruter uten rad i tilgangsmatrisen').toEqual([]);
    expect(covered.filter((c) => !registered.includes(c)), 'matriserader uten rute').toEqual([]);
  });

  it('finds every registered route in a module contract, so every answer is checked and documented', () => {
    const registered = t.app.registeredRoutes.map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !endpointOf(r)), 'ruter uten kontrakt').toEqual([]);
  });

  it('asks every verb of every module policy through at least one route, or says why not', () => {
    const asked = new Set<PolicyVerb>(CASES.flatMap((c) => [...(c.verb ? [c.verb] : []), ...(c.alsoAsks ?? [])]));
    const excused = Object.keys(VERBS_WITHOUT_ROUTE) as PolicyVerb[];
    expect(policyVerbs().filter((v) => !asked.has(v) && !excused.includes(v)), 'policyverb uten rute i tilgangsmatrisen').toEqual([]);
    expect(excused.filter((v) => asked.has(v)), 'unntak som nå har en rute').toEqual([]);
  });
});

const cells = WHO.flatMap((who) => (['own', 'other'] as Tenancy[]).map((tenancy) => ({ who, tenancy })));

describe.each(CASES.map((c) => [c.route, c] as const))('%s', (_route, routeCase) => {
  it.each(cells)('$who / $tenancy', async ({ who, tenancy }) => {
    const db = t.database.db;
    const client: TestClient = who === 'anonymous' ? anonymousClient(t.app) : await loginAs(t.app, DEMO_KEY[who], db);
    const ctx: CellContext = { db, who, tenancy, fx, unique: `${++counter}-${who}-${tenancy}` };
    const { url, body, headers } = await routeCase.request(ctx);
    const method = routeCase.route.split(' ')[0]!;
    const before = await fingerprint(db);
    const auditBefore = await auditRows(db);
    const res = await client.request(method, url, body, headers);
    const allowed = routeCase.allow(who, tenancy);
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
