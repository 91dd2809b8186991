// Partnerships: the partnership, not a login, owns its data. Readable by the office, its forum, readers, and the
// member organisations; edited by the office, the coordinator and granted editors; editors managed by the coordinator.
import { expect } from 'vitest';
import { findPartnership } from '../../db/partnership-repository.ts';
import { loggedIn, only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

async function partnershipForm({ db, who, tenancy, fx }: CellContext) {
  const p = (await findPartnership(db, fx.partnership(who, tenancy)))!;
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

/** A valid new partnership: in the own office with the actor's organisation as applicant where it is an owner. */
function newPartnership({ who, tenancy, fx, unique }: CellContext) {
  const { ids } = fx;
  const own = tenancy === 'own';
  const applicant = own ? (who === 'koordinator' ? ids.rsk! : ids.harstad!) : ids.evenes!;
  return {
    name: `Matrisepartnerskap ${unique}`,
    officeId: own ? fx.office.own : fx.office.other,
    schemeId: 'kompetanseloftet',
    applicantId: applicant,
    payeeId: applicant,
    members: [
      { organisationId: applicant, role: 'owner' },
      { organisationId: own ? ids.uit! : ids.nord!, role: 'uh' },
    ],
    units: [],
  };
}

const readers = { admin: 'both', saksbehandler: ['own'], forum: ['own'], koordinator: ['own'], uh: ['own'], leser: 'both' } as const;
const managers = { admin: 'both', saksbehandler: ['own'], koordinator: ['own'] } as const;

const allows = (route: string, { who, tenancy }: CellContext) => partnershipCases.find((c) => c.route === route)!.allow(who, tenancy);

export const partnershipCases: RouteCase[] = [
  {
    route: 'GET /api/partnerships',
    verb: 'partnership.read',
    request: () => ({ url: '/api/partnerships' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      const { who, fx } = ctx;
      const ids = ((b as Json).partnerships as { id: string }[]).map((p) => p.id);
      // The list shows exactly what the actor may read: never the other partnership unless readers see it.
      if (readers[who as keyof typeof readers]) expect(ids).toContain(fx.partnership(who, 'own'));
      if (!['admin', 'leser'].includes(who)) expect(ids).not.toContain(fx.partnership(who, 'other'));
      // "Nytt partnerskap" is offered to those who may create one; a coordinator with their own organisation as applicant.
      const creates = (b as Json).creates as { partnership: { officeIds: string[]; applicantIds: string[] } | null };
      expect(creates.partnership !== null).toBe(allows('POST /api/partnerships', { ...ctx, tenancy: 'own' }));
      if (who === 'saksbehandler') expect(creates.partnership?.officeIds).toEqual([fx.office.own]);
      if (who === 'koordinator') expect(creates.partnership).toEqual({ officeIds: [], applicantIds: [fx.ids.rsk] });
    },
  },
  {
    route: 'POST /api/partnerships',
    verb: 'partnership.create',
    request: (ctx) => ({ url: '/api/partnerships', body: newPartnership(ctx) }),
    allow: only(managers),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).partnership).toMatchObject({ name: `Matrisepartnerskap ${ctx.unique}` }),
  },
  {
    route: 'GET /api/partnerships/:id',
    verb: 'partnership.read', alsoAsks: ['partnership.edit', 'partnership.manage-editors', 'partnership.move'],
    request: ({ who, tenancy, fx }) => ({ url: `/api/partnerships/${fx.partnership(who, tenancy)}` }),
    allow: only(readers),
    mutation: false,
    payload: (b, { who, tenancy, fx }) => expect((b as Json).partnership).toMatchObject({ id: fx.partnership(who, tenancy), members: expect.any(Array) }),
  },
  {
    route: 'PUT /api/partnerships/:id',
    verb: 'partnership.edit',
    request: async (ctx) => ({
      url: `/api/partnerships/${ctx.fx.partnership(ctx.who, ctx.tenancy)}`,
      body: { ...(await partnershipForm(ctx)), description: `Oppdatert ${ctx.unique}` },
    }),
    // The UH contact of Sør-Troms is a granted editor there (demo data).
    allow: only({ ...managers, uh: ['own'] }),
    mutation: true,
    payload: (b, ctx) => expect((b as Json).partnership).toMatchObject({ description: `Oppdatert ${ctx.unique}` }),
  },
  {
    route: 'PUT /api/partnerships/:id/editors',
    verb: 'partnership.manage-editors',
    request: async ({ db, who, tenancy, fx }) => {
      const p = (await findPartnership(db, fx.partnership(who, tenancy)))!;
      return { url: `/api/partnerships/${p.id}/editors`, body: { personIds: p.editors.map((e) => e.personId) } };
    },
    allow: only(managers),
    mutation: true,
    payload: (b) => expect((b as Json).editors).toEqual(expect.any(Array)),
  },
  {
    route: 'GET /api/partnerships/:id/candidates',
    verb: 'partnership.manage-editors',
    request: ({ who, tenancy, fx }) => ({ url: `/api/partnerships/${fx.partnership(who, tenancy)}/candidates` }),
    allow: only(managers),
    mutation: false,
    payload: (b) => expect(((b as Json).people as unknown[]).length).toBeGreaterThan(0),
  },
];
