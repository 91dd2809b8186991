// Organisations (a public directory; edits by office staff and the organisation's own roles) and people
// (personal data: office staff and the person's own organisation only).
import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisation, person } from '../../db/schema/index.ts';
import { loggedIn, only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;
const ownOrgRoles = { admin: 'both', saksbehandler: ['own'], koordinator: ['own'], uh: ['own'], studiesenter: ['own'] } as const;

async function organisationForm({ db, who, tenancy, fx }: CellContext) {
  const [o] = await db.select().from(organisation).where(eq(organisation.id, fx.org(who, tenancy)));
  const { kind, name, orgnr, kontonr, email, phone, address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, version } = o!;
  return { kind, name, orgnr, kontonr, email, phone: phone ?? '', address, municipalityNumber, officeId, regionId, rskForm, hostOrganisationId, expectedVersion: version };
}

async function personForm({ db, who, tenancy, fx, unique }: CellContext) {
  const [p] = await db.select().from(person).where(eq(person.id, fx.person(who, tenancy)));
  return { name: p!.name, email: p!.email, phone: p!.phone ?? '', title: `Rådgiver ${unique}`, organisationId: p!.organisationId, expectedVersion: p!.version };
}

/** Whether the matrix allows this cell of another route: what a detail's `allowed` must offer (issue 9, point 3). */
const allows = (route: string, { who, tenancy }: CellContext) => orgCases.find((c) => c.route === route)!.allow(who, tenancy);
type Offered = { allowed: string[]; peopleAllowed: string[] };

export const orgCases: RouteCase[] = [
  {
    route: 'GET /api/organisations',
    verb: 'organisation.read',
    request: () => ({ url: '/api/organisations' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      expect(((b as Json).organisations as unknown[]).length).toBeGreaterThan(30);
      // "Ny organisasjon" is offered to those who may register one somewhere, in their own office.
      const creates = (b as Json).creates as { organisation: { officeIds: (string | null)[] } | null };
      expect(creates.organisation !== null).toBe(allows('POST /api/organisations', { ...ctx, tenancy: 'own' }));
      if (ctx.who === 'saksbehandler') expect(creates.organisation?.officeIds).toEqual([ctx.fx.office.own, null]);
    },
  },
  {
    route: 'POST /api/organisations',
    verb: 'organisation.create',
    // Own office: a business in Harstad (Troms); other office: one in Bodø (Nordland).
    request: ({ tenancy, unique }) => ({
      url: '/api/organisations',
      body: { kind: 'virksomhet', name: `Matrise AS ${unique}`, municipalityNumber: tenancy === 'own' ? '5503' : '1804' },
    }),
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b) => expect((b as Json).organisation).toMatchObject({ kind: 'virksomhet', id: expect.any(String) }),
  },
  {
    route: 'GET /api/organisations/:id',
    verb: 'organisation.read',
    request: ({ who, tenancy, fx }) => ({ url: `/api/organisations/${fx.org(who, tenancy)}` }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      expect((b as Json).organisation).toMatchObject({ name: ctx.fx.orgName(ctx.who, ctx.tenancy) });
      // "Rediger" exactly where the edit is allowed; the people and "Ny person" exactly where they are.
      const o = (b as Json).organisation as Offered;
      expect(o.allowed.includes('edit')).toBe(allows('PUT /api/organisations/:id', ctx));
      expect(o.peopleAllowed.includes('read')).toBe(allows('GET /api/people', ctx));
      expect(o.peopleAllowed.includes('create')).toBe(allows('POST /api/people', ctx));
    },
  },
  {
    route: 'PUT /api/organisations/:id',
    verb: 'organisation.edit',
    request: async (ctx) => ({ url: `/api/organisations/${ctx.fx.org(ctx.who, ctx.tenancy)}`, body: { ...(await organisationForm(ctx)), address: `Gate ${ctx.unique}` } }),
    allow: only(ownOrgRoles),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).organisation).toMatchObject({ address: `Gate ${ctx.unique}` }),
  },
  {
    route: 'GET /api/people',
    verb: 'person.read',
    request: ({ who, tenancy, fx }) => ({ url: `/api/people?organisationId=${fx.org(who, tenancy)}` }),
    allow: only(ownOrgRoles),
    mutation: false,
    payload: (b, ctx) => {
      expect(((b as Json).people as unknown[]).length).toBeGreaterThan(0);
      expect((b as Json).creates).toEqual({ person: allows('POST /api/people', ctx) ? { organisationIds: [ctx.fx.org(ctx.who, ctx.tenancy)] } : null });
    },
  },
  {
    route: 'POST /api/people',
    verb: 'person.create',
    request: ({ who, tenancy, fx, unique }) => ({
      url: '/api/people',
      body: { name: `Test Person ${unique}`, email: `matrise.${unique}@example.org`, organisationId: fx.org(who, tenancy) },
    }),
    allow: only(ownOrgRoles),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).person).toMatchObject({ email: `matrise.${ctx.unique}@example.org` }),
  },
  {
    route: 'GET /api/people/:id',
    verb: 'person.read',
    request: ({ who, tenancy, fx }) => ({ url: `/api/people/${fx.person(who, tenancy)}` }),
    allow: only(ownOrgRoles),
    mutation: false,
    payload: (b, ctx) => {
      expect((b as Json).person).toMatchObject({ email: expect.stringContaining('@') });
      expect(((b as Json).person as Offered).allowed.includes('edit')).toBe(allows('PUT /api/people/:id', ctx));
    },
  },
  {
    route: 'PUT /api/people/:id',
    verb: 'person.edit',
    request: async (ctx) => ({ url: `/api/people/${ctx.fx.person(ctx.who, ctx.tenancy)}`, body: await personForm(ctx) }),
    allow: only(ownOrgRoles),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).person).toMatchObject({ title: `Rådgiver ${ctx.unique}` }),
  },
];
