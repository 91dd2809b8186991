// The access module's API (ADR 017): users and their role grants, invitations, the session and the logins (demo and
// OIDC). Request bodies are the schemas the use cases parse; answers are strict.
import { z } from 'zod';
import { endpoint, zInstant, ZIdParams } from '../shared/endpoint.ts';
import { msg } from '../shared/message-keys.ts';
import { INVITATION_STATUSES, ZInvitationInput } from './invitation.ts';
import { ROLES, ZRoleGrantInput } from './roles.ts';

const ZRoleName = z.enum(ROLES);

/** Per role, where it may be given (offers.ts GrantPlaces): a role absent is not offered. */
const ZGrantPlaces = z.partialRecord(ZRoleName, z.strictObject({ officeIds: z.array(z.string().nullable()), organisationIds: z.array(z.string()) }));
export const ZGrantCreates = z.strictObject({ roles: z.array(ZRoleName), places: ZGrantPlaces });
export type GrantCreates = z.output<typeof ZGrantCreates>;
export type GrantPlaces = z.output<typeof ZGrantPlaces>;
export const ZInvitationCreates = z.strictObject({ organisationIds: z.array(z.string()), roles: z.array(ZRoleName), places: ZGrantPlaces });
export type InvitationCreates = z.output<typeof ZInvitationCreates>;

/** A role grant as the API shows it: never who granted it or when (the audit log has that). */
export const ZGrant = z.strictObject({ id: z.string(), role: ZRoleName, officeId: z.string().nullable(), organisationId: z.string().nullable() });
export type Grant = z.output<typeof ZGrant>;
/** A grant as GET /api/users lists it: with the verbs this user may use on it ('revoke': the remove button). */
export const ZListedGrant = z.strictObject({ ...ZGrant.shape, allowed: z.array(z.enum(['grant', 'revoke'])) });
export type ListedGrant = z.output<typeof ZListedGrant>;

export const ZUser = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  isDemo: z.boolean(),
  disabled: z.boolean(),
  /** Whether an ID-porten identity has been bound to the user by a first login. */
  bound: z.boolean(),
  lastLoginAt: zInstant.nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  grants: z.array(ZListedGrant),
});
export type User = z.output<typeof ZUser>;
/** GET /api/users `creates`: the roles the user may grant, and where (null: none). */
export const ZUserListCreates = z.strictObject({ grant: ZGrantCreates.nullable() });
export type UserListCreates = z.output<typeof ZUserListCreates>;

const ZInvitationRole = z.strictObject({ role: ZRoleName, officeId: z.string().nullable(), organisationId: z.string().nullable() });
export const ZInvitation = z.strictObject({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  /** The identifier claim's value (e.g. Ansattporten `pid`) when login is not matched on e-mail. */
  identifier: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  roles: z.array(ZInvitationRole),
  status: z.enum(INVITATION_STATUSES),
  createdAt: zInstant,
  expiresAt: zInstant,
  acceptedAt: zInstant.nullable(),
  revokedAt: zInstant.nullable(),
  version: z.number(),
});
export type Invitation = z.output<typeof ZInvitation>;
/** GET /api/invitations `creates`: whom the user may invite, with which roles (null: nobody). */
export const ZInvitationListCreates = z.strictObject({ invitation: ZInvitationCreates.nullable() });
export type InvitationListCreates = z.output<typeof ZInvitationListCreates>;
/** Only one organisation's invitations (an id that is no organisation's gives none). */
export const ZInvitationListQuery = z.object({ organisationId: z.string().optional() });

/** What the navigation and the start page offer (offers.ts SessionMay). */
export const ZSessionMay = z.strictObject({
  reviewRounds: z.boolean(),
  listPeople: z.boolean(),
  invite: z.boolean(),
  manageUsers: z.boolean(),
  readAudit: z.boolean(),
  readOutbox: z.boolean(),
  createOrganisation: z.boolean(),
  createPartnership: z.boolean(),
  readTilsagn: z.boolean(),
  readUtbetaling: z.boolean(),
});
export type SessionMay = z.output<typeof ZSessionMay>;
export const ZSessionUser = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  organisationId: z.string().nullable(),
  grants: z.array(z.strictObject({ role: ZRoleName, officeId: z.string().nullable(), organisationId: z.string().nullable() })),
  isDemo: z.boolean(),
});
export type SessionUser = z.output<typeof ZSessionUser>;
export const ZSessionResponse = z.strictObject({
  user: ZSessionUser.nullable(),
  /** What the navigation and the start page offer (the server's policy); null when nobody is logged in. */
  may: ZSessionMay.nullable(),
  csrfToken: z.string().nullable(),
  login: z.strictObject({ oidc: z.boolean(), demo: z.boolean() }),
});
export type SessionResponse = z.output<typeof ZSessionResponse>;

export const ZDemoUser = z.strictObject({ id: z.string(), name: z.string(), organisation: z.string(), roles: z.array(ZRoleName) });
export type DemoUser = z.output<typeof ZDemoUser>;
/** The demo login's body: the route parses it (the use case takes the id). */
export const ZDemoLoginInput = z.object({ userId: z.string({ error: msg('access.chooseDemoUser') }) });

const ZOk = z.strictObject({ ok: z.literal(true) });

export const accessContract = {
  listUsers: endpoint({
    method: 'GET',
    path: '/api/users',
    summary: 'Brukerne med rollene sine, og hvilke roller brukeren kan gi hvor',
    access: 'administrator og saksbehandlere',
    response: z.strictObject({ users: z.array(ZUser), creates: ZUserListCreates }),
  }),
  grantRole: endpoint({
    method: 'POST',
    path: '/api/users/:id/roles',
    summary: 'Gir en bruker en rolle til',
    access: 'administrator; saksbehandler i eget embete (ikke administratorrollen)',
    params: ZIdParams,
    body: ZRoleGrantInput,
    status: 201,
    response: z.strictObject({ grant: ZGrant }),
  }),
  revokeRole: endpoint({
    method: 'DELETE',
    path: '/api/users/:id/roles/:grantId',
    summary: 'Tar en rolle fra en bruker (aldri den siste administratoren)',
    access: 'de som kan gi rollen: administrator; saksbehandler i eget embete',
    params: z.strictObject({ id: z.string(), grantId: z.string() }),
    response: ZOk,
  }),
  listInvitations: endpoint({
    method: 'GET',
    path: '/api/invitations',
    summary: 'Invitasjonene brukeren kan se, og hvem brukeren kan invitere med hvilke roller',
    access: 'innloggede (saksbehandlere ser alle, andre sine organisasjoners)',
    query: ZInvitationListQuery,
    response: z.strictObject({ invitations: z.array(ZInvitation), creates: ZInvitationListCreates }),
  }),
  invitePerson: endpoint({
    method: 'POST',
    path: '/api/invitations',
    summary: 'Inviterer en person med roller og sender invitasjonen på e-post',
    access: 'administrator; saksbehandler i embetet; koordinator eller kontakt for egen organisasjon (egne roller)',
    body: ZInvitationInput,
    status: 201,
    response: z.strictObject({ invitation: ZInvitation }),
  }),
  revokeInvitation: endpoint({
    method: 'DELETE',
    path: '/api/invitations/:id',
    summary: 'Trekker tilbake en invitasjon som ikke er tatt i bruk',
    access: 'de som kunne ha sendt den',
    params: ZIdParams,
    response: z.strictObject({ invitation: ZInvitation }),
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/api/session',
    summary: 'Hvem som er innlogget, hva navigasjonen kan tilby, CSRF-nøkkelen og innloggingsmåtene',
    access: 'alle (også uinnloggede)',
    response: ZSessionResponse,
  }),
  listDemoUsers: endpoint({
    method: 'GET',
    path: '/api/auth/demo-users',
    summary: 'Demobrukerne med rollene sine, til demo-innloggingen',
    access: 'alle, når demo-innlogging er slått på',
    response: z.strictObject({ users: z.array(ZDemoUser) }),
  }),
  demoLogin: endpoint({
    method: 'POST',
    path: '/api/auth/demo-login',
    summary: 'Logger inn som en demobruker (setter øktens informasjonskapsel)',
    access: 'alle, når demo-innlogging er slått på',
    body: ZDemoLoginInput,
    response: z.strictObject({ ok: z.literal(true), csrfToken: z.string() }),
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Logger ut og avslutter økten i denne nettleseren',
    access: 'innloggede',
    response: ZOk,
  }),
  oidcLogin: endpoint({
    method: 'GET',
    path: '/auth/login',
    summary: 'Sender nettleseren videre til innloggingstjenesten (ID-porten); tilbake til returnTo etterpå',
    access: 'alle',
    query: z.object({ returnTo: z.string().optional() }),
    response: null,
    produces: 'text/html',
  }),
  oidcCallback: endpoint({
    method: 'GET',
    path: '/auth/callback',
    summary: 'Fullfører innloggingen fra innloggingstjenesten og sender nettleseren videre',
    access: 'alle (nettleseren som startet innloggingen)',
    response: null,
    produces: 'text/html',
  }),
} as const;
