// Reference data: read by everyone logged in; schemes edited by the admin only; regions by the office's staff.
import { expect } from 'vitest';
import { findRegion } from '../../db/region-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { loggedIn, only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;
const list = (key: string, min: number) => (b: unknown) => expect(((b as Json)[key] as unknown[]).length).toBeGreaterThanOrEqual(min);
const schemeId = (tenancy: string) => (tenancy === 'own' ? 'kompetanseloftet' : 'dekomp');

/** Whether the matrix allows this cell of another route: what a detail's `allowed` must offer (issue 9, point 3). */
const allows = (route: string, { who, tenancy }: CellContext) => referenceCases.find((c) => c.route === route)!.allow(who, tenancy);
const allowedOf = (b: unknown, key: string) => ((b as Json)[key] as { allowed: string[] }).allowed;

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
    payload: (b, ctx) => {
      expect((b as Json).scheme).toMatchObject({ id: schemeId(ctx.tenancy), rules: expect.any(Object) });
      expect(allowedOf(b, 'scheme').includes('edit')).toBe(allows('PUT /api/reference/schemes/:id', ctx));
    },
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
  {
    route: 'GET /api/regions',
    verb: 'region.read',
    request: () => ({ url: '/api/regions' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      list('regions', 2)(b);
      // "Ny region" is offered to those who may set one up, in their own office.
      const creates = (b as Json).creates as { region: { officeIds: string[] } | null };
      expect(creates.region !== null).toBe(allows('POST /api/regions', { ...ctx, tenancy: 'own' }));
      if (ctx.who === 'saksbehandler') expect(creates.region).toEqual({ officeIds: [ctx.fx.office.own] });
    },
  },
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
    payload: (b, ctx) => {
      expect((b as Json).region).toMatchObject({ municipalities: expect.any(Array) });
      expect(allowedOf(b, 'region').includes('edit')).toBe(allows('PUT /api/regions/:id', ctx));
    },
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
