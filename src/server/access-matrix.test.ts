// Access matrix: every route the server registers × every role × own/other organisation. The route list comes from
// the running app, so a new route without a matrix entry fails here, and each row names the policy verb it asks, so a
// verb of a module policy that no route asks fails too. Allowed cells must answer 2xx with real data
// (and a mutation adds exactly one audit row); refused cells answer 401 (anonymous), 403 or 404 and change nothing.
// The cells are split over three files so both forks of the test run share them (access-matrix/run-matrix.ts); this
// one holds the checks over every row, the platform's and access rows and the tilsagn module's.
import { describe, expect, it } from 'vitest';
import { accessCases } from './access-matrix/cases-access.ts';
import { platformCases } from './access-matrix/cases-platform.ts';
import { startCases } from './access-matrix/cases-start.ts';
import { tilsagnCases } from './access-matrix/cases-tilsagn.ts';
import { utbetalingCases } from './access-matrix/cases-utbetaling.ts';
import { arkivCases } from './access-matrix/cases-arkiv.ts';
import { ALL_CASES } from './access-matrix/all-cases.ts';
import { describeMatrix } from './access-matrix/run-matrix.ts';
import { VERBS_WITHOUT_ROUTE } from './access-matrix/matrix.ts';
import { policyVerbs, type PolicyVerb } from '../domain/access/policy.ts';
import { endpointOf } from './contract/contracts.ts';

const app = describeMatrix([...platformCases, ...accessCases, ...startCases, ...tilsagnCases, ...utbetalingCases, ...arkivCases]);

describe('the matrix covers the server', () => {
  it('has exactly one entry for every registered route, and none for routes that do not exist', () => {
    const registered = app().app.registeredRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = ALL_CASES.map((c) => c.route).sort();
    expect(covered).toEqual([...new Set(covered)]);
    expect(registered.filter((r) => !covered.includes(r)), 'ruter uten rad i tilgangsmatrisen').toEqual([]);
    expect(covered.filter((c) => !registered.includes(c)), 'matriserader uten rute').toEqual([]);
  });

  it('finds every registered route in a module contract, so every answer is checked and documented', () => {
    const registered = app().app.registeredRoutes.map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !endpointOf(r)), 'ruter uten kontrakt').toEqual([]);
  });

  it('asks every verb of every module policy through at least one route, or says why not', () => {
    const asked = new Set<PolicyVerb>(ALL_CASES.flatMap((c) => [...(c.verb ? [c.verb] : []), ...(c.alsoAsks ?? [])]));
    const excused = Object.keys(VERBS_WITHOUT_ROUTE) as PolicyVerb[];
    expect(policyVerbs().filter((v) => !asked.has(v) && !excused.includes(v)), 'policyverb uten rute i tilgangsmatrisen').toEqual([]);
    expect(excused.filter((v) => asked.has(v)), 'unntak som nå har en rute').toEqual([]);
  });
});
