// Users, roles, invitations, the audit log and the e-mail outbox.
import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { appUser, invitation, person, roleGrant } from '../../db/schema/index.ts';
import { DEMO_EMAIL } from '../../test/actors.ts';
import { ROLES } from '../../domain/access/roles.ts';
import { loggedIn, only, type CellContext, type RouteCase, type Who } from './matrix.ts';

type Json = Record<string, unknown>;

/** The role an actor holds at its own organisation, used to invite a colleague with the same role. */
const ORG_ROLE: Partial<Record<Who, string>> = { koordinator: 'eierkoordinator', uh: 'uh-kontakt', studiesenter: 'studiesenter' };

function roleAt(ctx: CellContext) {
  const organisationId = ctx.fx.org(ctx.who, ctx.tenancy);
  return { role: ORG_ROLE[ctx.who] ?? 'eierkoordinator', organisationId, officeId: null };
}

async function userIdOf(ctx: CellContext, email: string) {
  const [u] = await ctx.db.select().from(appUser).where(eq(appUser.email, email));
  return u!.id;
}

// Grants go to a target that depends on the actor so that two allowed cells never grant the same thing twice.
// Never a matrix actor that the forum rows run as: a forum grant would let it read every office's forum.
const grantTarget = (who: Who) => (who === 'admin' ? DEMO_EMAIL.koordinatorNordreisa : DEMO_EMAIL.leser);

const inviters = { admin: 'both', saksbehandler: ['own'], koordinator: ['own'], uh: ['own'], studiesenter: ['own'] } as const;

const allows = (route: string, { who, tenancy }: CellContext) => accessCases.find((c) => c.route === route)!.allow(who, tenancy);

export const accessCases: RouteCase[] = [
  {
    route: 'GET /api/users',
    verb: 'user-roles.read',
    request: () => ({ url: '/api/users' }),
    allow: only({ admin: 'both', saksbehandler: 'both' }),
    mutation: false,
    payload: (b, ctx) => {
      expect(((b as Json).users as unknown[]).length).toBeGreaterThanOrEqual(8);
      // The roles the form offers: every one to the admin; to a case officer all but admin and the budget authority
      // (recorded by the admin: a case officer cannot make the colleague who approves their decisions).
      const adminOnly = ['admin', 'budsjettdisponent'];
      expect((b as Json).creates).toMatchObject({ grant: { roles: ctx.who === 'admin' ? [...ROLES] : ROLES.filter((r) => !adminOnly.includes(r)) } });
      // "Fjern" on a grant exactly where revoking it is allowed: a case officer's own office, not another's; the
      // budget authority the admin's alone.
      const grants = ((b as Json).users as { grants: { role: string; officeId: string | null; allowed: string[] }[] }[]).flatMap((u) => u.grants);
      for (const tenancy of ['own', 'other'] as const) {
        const inOffice = grants.filter((g) => g.officeId === ctx.fx.office[tenancy]);
        expect(inOffice.length).toBeGreaterThan(0);
        for (const g of inOffice)
          expect(g.allowed.includes('revoke'), g.role).toBe(
            g.role === 'budsjettdisponent' ? ctx.who === 'admin' : allows('DELETE /api/users/:id/roles/:grantId', { ...ctx, tenancy }),
          );
      }
    },
  },
  {
    route: 'POST /api/users/:id/roles',
    verb: 'role-grant.grant',
    request: async (ctx) => ({
      url: `/api/users/${await userIdOf(ctx, grantTarget(ctx.who))}/roles`,
      body: { role: 'forum', officeId: ctx.fx.office[ctx.tenancy] },
    }),
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b, ctx) => expect(JSON.stringify(b)).toContain(ctx.fx.office[ctx.tenancy]),
  },
  {
    route: 'DELETE /api/users/:id/roles/:grantId',
    verb: 'role-grant.revoke',
    request: async (ctx) => {
      const userId = await userIdOf(ctx, grantTarget(ctx.who));
      const [grant] = await ctx.db.insert(roleGrant).values({ userId, role: 'leser', officeId: ctx.fx.office[ctx.tenancy] }).returning();
      return { url: `/api/users/${userId}/roles/${grant!.id}` };
    },
    allow: only({ admin: 'both', saksbehandler: ['own'] }),
    mutation: true,
    payload: (b) => expect(b).toBeTruthy(),
  },
  {
    route: 'GET /api/invitations',
    verb: 'invitation.read',
    // Everyone logged in gets the invitations they may see (possibly none); the list is filtered by the policy.
    request: () => ({ url: '/api/invitations' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      expect((b as Json).invitations).toEqual(expect.any(Array));
      // "Inviter" is offered to those who may invite someone; a coordinator their own organisation's people.
      const creates = (b as Json).creates as { invitation: { organisationIds: string[]; roles: string[] } | null };
      expect(creates.invitation !== null).toBe(allows('POST /api/invitations', { ...ctx, tenancy: 'own' }));
      if (ORG_ROLE[ctx.who]) expect(creates.invitation).toMatchObject({ organisationIds: [ctx.fx.org(ctx.who, 'own')], roles: [ORG_ROLE[ctx.who]] });
    },
  },
  {
    route: 'POST /api/invitations',
    verb: 'invitation.send',
    request: (ctx) => ({
      url: '/api/invitations',
      body: { name: `Invitert ${ctx.unique}`, email: `inv.${ctx.unique}@example.org`, organisationId: ctx.fx.org(ctx.who, ctx.tenancy), roles: [roleAt(ctx)] },
    }),
    // Staff invite within their office (Harstad is in Troms, Evenes in Nordland); coordinators their own colleagues.
    allow: only(inviters),
    mutation: true,
    payload: (b, ctx) => expect(JSON.stringify(b)).toContain(`inv.${ctx.unique}@example.org`),
  },
  {
    route: 'DELETE /api/invitations/:id',
    verb: 'invitation.revoke',
    request: async (ctx) => {
      const organisationId = ctx.fx.org(ctx.who, ctx.tenancy);
      const [p] = await ctx.db.insert(person).values({ name: `Til tilbaketrekking ${ctx.unique}`, email: `rev.${ctx.unique}@example.org`, organisationId }).returning();
      const [inv] = await ctx.db
        .insert(invitation)
        .values({ personId: p!.id, email: p!.email, roles: [roleAt(ctx)], expiresAt: new Date(Date.now() + 86_400_000) })
        .returning();
      return { url: `/api/invitations/${inv!.id}` };
    },
    allow: only(inviters),
    mutation: true,
    payload: (b) => expect(b).toBeTruthy(),
  },
  {
    route: 'GET /api/audit',
    verb: 'audit.read',
    request: () => ({ url: '/api/audit' }),
    allow: only({ admin: 'both' }),
    mutation: false,
    payload: (b) => expect(((b as Json).entries as unknown[]).length).toBeGreaterThan(0),
  },
  {
    // Queued mail (the demo's receipts and return notices among it): recipients and full texts, the admin only.
    route: 'GET /api/admin/outbox',
    verb: 'email-outbox.read',
    alsoAsks: ['email-outbox.resend'],
    request: () => ({ url: '/api/admin/outbox' }),
    allow: only({ admin: 'both' }),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['cache-control']).toBe('no-store');
      expect(((b as Json).entries as { to: string }[])[0]).toMatchObject({ to: expect.stringContaining('@'), text: expect.any(String) });
    },
  },
];
