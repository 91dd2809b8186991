// Issue 8: every mutating behovsmelding and partnership endpoint fed random JSON — deep nesting, NUL, lone
// surrogates, huge numbers, long strings, unknown and prototype keys — as a whole body and planted at a random
// place inside a valid body (so the value gets past the first checks and reaches the rules and the database). No
// answer may be a 5xx, and a refused request (4xx) must leave every table's digest (the access matrix's) unchanged.
// A failure prints fast-check's seed and the shrunk request; rerun with that seed to reproduce it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRoundView } from '../db/behovsmelding-round-repository.ts';
import { findField } from '../db/behovsmelding-field-repository.ts';
import { findPartnership } from '../db/partnership-repository.ts';
import { demoActor } from '../test/actors.ts';
import { completeValues, fillApplication, openRound, roundInput, startApplication } from '../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { fingerprint } from './access-matrix/fingerprint.ts';

let t: TestApp;
let coordinator: TestClient;
let staff: TestClient;
let ids: { partnership: string; application: string; round: string; emptyRound: string };

const YEAR = 2090;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const p = await partnershipByName(db, SOR_TROMS);
  // Rounds open for the whole run (the clock is the system's): one with a draft, one without an application.
  const open = { opensAtLocal: '2020-01-01T08:00:00', deadlineLocal: '2099-12-01T23:59:59' };
  const round = await openRound(db, siri, YEAR, open);
  const emptyRound = await openRound(db, siri, YEAR + 2, open);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year: YEAR });
  await fillApplication(db, ola, app.id, YEAR);
  ids = { partnership: p.id, application: app.id, round: round.id, emptyRound: emptyRound.id };
  coordinator = await loginAs(t.app, 'koordinator', db);
  staff = await loginAs(t.app, 'saksbehandler', db);
}, 120_000);
afterAll(() => t?.close());

// ---- Nasty values ----------------------------------------------------------------------------------------------

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\ud83d', '\uffff\ufffe', 'javascript:alert(1)', '../../etc/passwd', "'; drop table person; --") },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.padEnd(10_000, 'ø').repeat(30)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const nastyNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER * 1024, -0, 5e-324, 2 ** 31, -(2 ** 63), 0.1 + 0.2, 1e21);
const deep = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
};
const nastyLeaf = fc.oneof(nastyString, nastyNumber, fc.constantFrom(null, true, false, {}, [], { __proto__: { admin: true } }, { constructor: { prototype: 1 } }));
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyLeaf },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 50, max: 2_000 }), nastyLeaf, fc.boolean()).map(([d, leaf, arr]) => deep(d, leaf, arr)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(nastyString, fc.constantFrom('__proto__', 'constructor', 'prototype', '')), nastyLeaf, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.array(nastyLeaf, { minLength: 300, maxLength: 600 }) },
);

/** Every place in a JSON value where another value could go: its own root, each key and index, and a new key. */
function plantPaths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => plantPaths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) plantPaths(v, [...prefix, k], out);
    out.push([...prefix, 'ukjentNøkkel']);
  }
  return out;
}

function plant(value: unknown, path: (string | number)[], planted: unknown): unknown {
  if (path.length === 0) return planted;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = plant(copy[head!], rest, planted);
  return copy;
}

/** What is sent: a nasty value planted at a random place of a valid body (the place chosen by fast-check's `n`), or
 * now and then a whole nasty body. */
const attack = fc.record({ n: fc.nat(), value: nastyValue, whole: fc.integer({ min: 0, max: 4 }).map((x) => x === 0) });

function bodyOf(valid: unknown, a: { n: number; value: unknown; whole: boolean }): unknown {
  if (a.whole) return a.value;
  const paths = plantPaths(valid ?? {});
  return plant(valid ?? {}, paths[a.n % paths.length]!, a.value);
}

// ---- The endpoints ---------------------------------------------------------------------------------------------

type Endpoint = { name: string; as: () => TestClient; method: 'POST' | 'PUT' | 'DELETE'; url: () => string; valid: () => Promise<unknown> };

const FIELD_KEYS = ['s1.tema', 's1.kartleggingLenke', 's1.omrader', 's2.delmal', 's2.tiltak', 's5.uh', 'parts', 'parts.hoved.ownerBudget', 'parts.hoved.grantUse', 'parts.hoved.unitCounts'];

const fieldSave = (key: string): Endpoint => ({
  name: `PUT fields/${key}`,
  as: () => coordinator,
  method: 'PUT',
  url: () => `/api/behovsmelding/applications/${ids.application}/fields/${encodeURIComponent(key)}`,
  // The current version, so a planted value reaches the field's schema instead of stopping at the conflict check.
  valid: async () => ({ value: completeValues()[key] ?? null, baseVersion: (await findField(t.database.db, ids.application, key))?.version ?? 0 }),
});

async function partnershipBody() {
  const p = (await findPartnership(t.database.db, ids.partnership))!;
  return {
    name: p.name,
    officeId: p.officeId,
    schemeId: p.schemeId,
    description: p.description,
    applicantId: p.applicantId,
    payeeId: p.payeeId,
    coordinatorPersonId: p.coordinatorPersonId,
    members: p.members.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    units: p.units.map((u) => ({ name: u.name, kind: u.kind, municipalityNumber: u.municipalityNumber, ownerId: u.ownerId })),
    expectedVersion: p.version,
  };
}

async function roundBody() {
  const r = (await findRoundView(t.database.db, ids.round))!;
  return {
    officeId: r.officeId,
    schemeId: r.schemeId,
    year: r.year,
    title: r.title,
    opensAtLocal: r.opensAtLocal,
    deadlineLocal: r.deadlineLocal,
    guidance: r.guidance,
    longTermPlanUrl: r.longTermPlanUrl,
    coordinatorAllowed: r.coordinatorAllowed,
    caseNumbers: Object.entries(r.caseNumbers).map(([countyNumber, caseNumber]) => ({ countyNumber, caseNumber })),
    expectedVersion: r.version,
  };
}

const ENDPOINTS: Endpoint[] = [
  ...FIELD_KEYS.map(fieldSave),
  { name: 'PUT fields/<unknown key>', as: () => coordinator, method: 'PUT', url: () => `/api/behovsmelding/applications/${ids.application}/fields/parts.ukjent.ownerBudget`, valid: async () => ({ value: null, baseVersion: 0 }) },
  { name: 'POST applications', as: () => coordinator, method: 'POST', url: () => '/api/behovsmelding/applications', valid: async () => ({ partnershipId: ids.partnership, roundId: ids.emptyRound }) },
  { name: 'POST submit', as: () => coordinator, method: 'POST', url: () => `/api/behovsmelding/applications/${ids.application}/submit`, valid: async () => ({}) },
  { name: 'POST return', as: () => staff, method: 'POST', url: () => `/api/behovsmelding/applications/${ids.application}/return`, valid: async () => ({ message: 'Rett budsjettet.' }) },
  { name: 'DELETE attachment', as: () => coordinator, method: 'DELETE', url: () => `/api/behovsmelding/applications/${ids.application}/attachments/00000000-0000-4000-8000-000000000000`, valid: async () => undefined },
  { name: 'POST rounds', as: () => staff, method: 'POST', url: () => '/api/behovsmelding/rounds', valid: async () => roundInput(YEAR + 4) },
  { name: 'PUT rounds/:id', as: () => staff, method: 'PUT', url: () => `/api/behovsmelding/rounds/${ids.round}`, valid: roundBody },
  { name: 'POST rounds/:id/extensions', as: () => staff, method: 'POST', url: () => `/api/behovsmelding/rounds/${ids.round}/extensions`, valid: async () => ({ partnershipId: ids.partnership, untilLocal: '2100-01-15T12:00:00', reason: 'Sykdom' }) },
  { name: 'POST partnerships', as: () => coordinator, method: 'POST', url: () => '/api/partnerships', valid: async () => ({ ...(await partnershipBody()), name: 'Nytt partnerskap', expectedVersion: undefined }) },
  { name: 'PUT partnerships/:id', as: () => coordinator, method: 'PUT', url: () => `/api/partnerships/${ids.partnership}`, valid: partnershipBody },
  { name: 'PUT partnerships/:id/editors', as: () => coordinator, method: 'PUT', url: () => `/api/partnerships/${ids.partnership}/editors`, valid: async () => ({ personIds: (await findPartnership(t.database.db, ids.partnership))!.editors.map((e) => e.personId) }) },
];

describe('fuzzing the mutating behovsmelding and partnership endpoints', () => {
  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s: no 5xx, and a refused request changes nothing', async (_name, endpoint) => {
    await fc.assert(
      fc.asyncProperty(attack, async (a) => {
        // A valid body as of now (versions move when a planted value happens to be accepted).
        const body = bodyOf(await endpoint.valid(), a);
        const before = await fingerprint(t.database.db);
        const res = await endpoint.as().request(endpoint.method, endpoint.url(), JSON.stringify(body) ?? 'null', { 'content-type': 'application/json' });
        expect(res.statusCode, `${endpoint.name}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.json()).toMatchObject({ error: { message: expect.any(String) } });
          expect(await fingerprint(t.database.db), `${endpoint.name} answered ${res.statusCode} but changed a table`).toBe(before);
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });
});
