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

export const orgCases: RouteCase[] = [
  {
    route: 'GET /api/organisations',
    verb: 'organisation.read',
    request: () => ({ url: '/api/organisations' }),
    allow: loggedIn,
    mutation: false,
    payload: (b) => expect(((b as Json).organisations as unknown[]).length).toBeGreaterThan(30),
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
    payload: (b, { who, tenancy, fx }) => expect((b as Json).organisation).toMatchObject({ name: fx.orgName(who, tenancy) }),
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
    payload: (b) => expect(((b as Json).people as unknown[]).length).toBeGreaterThan(0),
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
    payload: (b) => expect((b as Json).person).toMatchObject({ email: expect.stringContaining('@') }),
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
