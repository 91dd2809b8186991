// The tilsagn module's "settings" routes in the access matrix (issue 14 point 2): an organisation's recipient profile
// is read by the people of the office whose area it belongs to and kept by that office's case officers only (another
// office's case officer neither reads nor edits it); the office's letter settings likewise. Partnerships, UH contacts
// and study centres see none of it. The writes save the defaults, so the rows that follow see the same behaviour.
import { expect } from 'vitest';
import { findRecipientProfile, findTilsagnSetting } from '../../db/tilsagn-settings-repository.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { TILSAGN_VERBS } from '../../domain/tilsagn/policy.ts';
import { only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both' });
const keepers = only({ admin: 'both', saksbehandler: ['own'] });
/** Every verb the settings' answer lists besides reading. */
const TILSAGN_ALLOWED: PolicyVerb[] = TILSAGN_VERBS.filter((v) => v !== 'read').map((v) => `tilsagn.${v}` as const);

/** An organisation of the cell's office's area that takes part in its partnerships: Harstad (Troms og Finnmark),
 * Evenes (Nordland). */
const orgOf = (ctx: CellContext) => (ctx.tenancy === 'own' ? ctx.fx.ids.harstad! : ctx.fx.ids.evenes!);

export const tilsagnSettingsCases: RouteCase[] = [
  {
    route: 'GET /api/tilsagn/offices/:officeId/recipients',
    verb: 'recipient-profile.read',
    alsoAsks: ['recipient-profile.edit'],
    request: (ctx) => ({ url: `/api/tilsagn/offices/${ctx.fx.office[ctx.tenancy]}/recipients` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { recipients } = b as { recipients: { organisationId: string; allowed: string[] }[] };
      const row = recipients.find((r) => r.organisationId === orgOf(ctx));
      expect(row).toBeDefined();
      expect(row!.allowed.includes('edit')).toBe(keepers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'GET /api/tilsagn/organisations/:id/recipient-profile',
    verb: 'recipient-profile.read',
    alsoAsks: ['recipient-profile.edit'],
    request: (ctx) => ({ url: `/api/tilsagn/organisations/${orgOf(ctx)}/recipient-profile` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { profile, allowed } = b as { profile: Json; allowed: string[] };
      expect(profile.organisationId).toBe(orgOf(ctx));
      expect(allowed.includes('edit')).toBe(keepers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/tilsagn/organisations/:id/recipient-profile',
    verb: 'recipient-profile.edit',
    request: async (ctx) => {
      const row = await findRecipientProfile(ctx.db, orgOf(ctx));
      return {
        url: `/api/tilsagn/organisations/${orgOf(ctx)}/recipient-profile`,
        body: { receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: null, ...(row ? { expectedVersion: row.version } : {}) },
      };
    },
    allow: keepers,
    mutation: true,
    payload: (b, ctx) => {
      const { profile } = b as { profile: { organisationId: string; version: number } };
      expect(profile.organisationId).toBe(orgOf(ctx));
      expect(profile.version).toBeGreaterThanOrEqual(1);
    },
  },
  {
    route: 'GET /api/tilsagn/offices/:officeId/settings',
    verb: 'tilsagn.read',
    alsoAsks: TILSAGN_ALLOWED,
    request: (ctx) => ({ url: `/api/tilsagn/offices/${ctx.fx.office[ctx.tenancy]}/settings` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { settings, allowed } = b as { settings: Json; allowed: string[] };
      expect(settings).toMatchObject({ officeId: ctx.fx.office[ctx.tenancy], appealBody: expect.any(String) });
      expect(allowed.includes('edit-settings')).toBe(keepers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/tilsagn/offices/:officeId/settings',
    verb: 'tilsagn.edit-settings',
    request: async (ctx) => {
      const officeId = ctx.fx.office[ctx.tenancy];
      const row = await findTilsagnSetting(ctx.db, officeId);
      return {
        url: `/api/tilsagn/offices/${officeId}/settings`,
        body: { writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 21, ...(row ? { expectedVersion: row.version } : {}) },
      };
    },
    allow: keepers,
    mutation: true,
    payload: (b, ctx) => {
      const { settings } = b as { settings: { officeId: string; version: number } };
      expect(settings.officeId).toBe(ctx.fx.office[ctx.tenancy]);
      expect(settings.version).toBeGreaterThanOrEqual(1);
    },
  },
];
