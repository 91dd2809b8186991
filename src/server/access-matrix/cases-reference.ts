// Reference data: read by everyone logged in; schemes edited by the admin only; regions by the office's staff.
import { expect } from 'vitest';
import { findRegion } from '../../db/region-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { loggedIn, only, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;
const list = (key: string, min: number) => (b: unknown) => expect(((b as Json)[key] as unknown[]).length).toBeGreaterThanOrEqual(min);
const schemeId = (tenancy: string) => (tenancy === 'own' ? 'kompetanseloftet' : 'dekomp');

export const referenceCases: RouteCase[] = [
  { route: 'GET /api/reference/counties', verb: 'reference.read', request: () => ({ url: '/api/reference/counties?division=2024' }), allow: loggedIn, mutation: false, payload: list('counties', 15) },
  {
    route: 'GET /api/reference/municipalities',
    verb: 'reference.read',
    request: () => ({ url: '/api/reference/municipalities?division=2024' }),
    allow: loggedIn,
    mutation: false,
    payload: (b) => {
      expect((b as Json).municipalities).toHaveLength(357);
      expect((b as Json).attribution).toBe('Kartgrunnlag: Kartverket (CC BY 4.0)');
    },
  },
  { route: 'GET /api/reference/offices', verb: 'reference.read', request: () => ({ url: '/api/reference/offices' }), allow: loggedIn, mutation: false, payload: list('offices', 10) },
  { route: 'GET /api/reference/schemes', verb: 'scheme.read', request: () => ({ url: '/api/reference/schemes' }), allow: loggedIn, mutation: false, payload: list('schemes', 4) },
  {
    route: 'GET /api/reference/schemes/:id',
    verb: 'scheme.read',
    request: ({ tenancy }) => ({ url: `/api/reference/schemes/${schemeId(tenancy)}` }),
    allow: loggedIn,
    mutation: false,
    payload: (b, { tenancy }) => expect((b as Json).scheme).toMatchObject({ id: schemeId(tenancy), rules: expect.any(Object) }),
  },
  {
    route: 'PUT /api/reference/schemes/:id',
    verb: 'scheme.edit',
    request: async ({ db, tenancy, unique }) => {
      const s = (await findScheme(db, schemeId(tenancy)))!;
      return {
        url: `/api/reference/schemes/${s.id}`,
        body: { name: s.name, shortName: s.shortName, description: { nb: `Endret ${unique}`, nn: `Endra ${unique}` }, active: s.active, rules: s.rules, expectedVersion: s.version },
      };
    },
    allow: only({ admin: 'both' }),
    mutation: true,
    payload: (b, { unique }) => expect((b as Json).scheme).toMatchObject({ description: { nb: `Endret ${unique}`, nn: `Endra ${unique}` } }),
  },
  { route: 'GET /api/regions', verb: 'region.read', request: () => ({ url: '/api/regions' }), allow: loggedIn, mutation: false, payload: list('regions', 2) },
  {
    route: 'POST /api/regions',
    verb: 'region.create',
    request: ({ tenancy, fx, unique }) => ({
      url: '/api/regions',
      body: { name: `Matriseregion ${unique}`, officeId: fx.office[tenancy], municipalityNumbers: tenancy === 'own' ? ['5503'] : ['1804'] },
    }),
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b, { unique }) => expect((b as Json).region).toMatchObject({ name: `Matriseregion ${unique}` }),
  },
  {
    route: 'GET /api/regions/:id',
    verb: 'region.read',
    request: ({ tenancy, fx }) => ({ url: `/api/regions/${fx.region[tenancy]}` }),
    allow: loggedIn,
    mutation: false,
    payload: (b) => expect((b as Json).region).toMatchObject({ municipalities: expect.any(Array) }),
  },
  {
    route: 'PUT /api/regions/:id',
    verb: 'region.edit',
    request: async ({ db, tenancy, fx, unique }) => {
      const r = (await findRegion(db, fx.region[tenancy]))!;
      const numbers = r.municipalities.map((m) => m.number);
      return {
        url: `/api/regions/${r.id}`,
        body: { name: r.name, officeId: r.officeId, description: `Endret ${unique}`, municipalityNumbers: numbers.length ? numbers : ['1804'], expectedVersion: r.version },
      };
    },
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b, { unique }) => expect((b as Json).region).toMatchObject({ description: `Endret ${unique}` }),
  },
];
