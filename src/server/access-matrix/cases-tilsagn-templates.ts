// The tilsagn module's "templates" routes in the access matrix (issue 14 point 3): an office's letter templates are
// read by its people (case officers, budsjettdisponenter, the forum, readers) and edited by its case officers only;
// another office's case officer does neither; partnerships, UH contacts and study centres see none of it. The write
// saves the default Bokmål text, so the rows that follow see the same letters.
import { expect } from 'vitest';
import { findLetterTemplate } from '../../db/tilsagn-template-repository.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { defaultLetterTemplate } from '../../domain/tilsagn/default-letter-templates.ts';
import { TILSAGN_VERBS } from '../../domain/tilsagn/policy.ts';
import { only, type RouteCase } from './matrix.ts';

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], forum: ['own'], leser: 'both' });
const keepers = only({ admin: 'both', saksbehandler: ['own'] });
/** Every verb the answers list besides reading. */
const TILSAGN_ALLOWED: PolicyVerb[] = TILSAGN_VERBS.filter((v) => v !== 'read').map((v) => `tilsagn.${v}` as const);

const KEY = { schemeId: 'dekomp', kind: 'tilsagn', language: 'nb' } as const;
const path = (officeId: string) => `/api/tilsagn/offices/${officeId}/letter-templates/${KEY.schemeId}/${KEY.kind}/${KEY.language}`;

export const tilsagnTemplatesCases: RouteCase[] = [
  {
    route: 'GET /api/tilsagn/offices/:officeId/letter-templates',
    verb: 'tilsagn.read',
    alsoAsks: TILSAGN_ALLOWED,
    request: (ctx) => ({ url: `/api/tilsagn/offices/${ctx.fx.office[ctx.tenancy]}/letter-templates` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { officeId, allowed, schemes } = b as { officeId: string; allowed: string[]; schemes: { schemeId: string }[] };
      expect(officeId).toBe(ctx.fx.office[ctx.tenancy]);
      expect(schemes.map((s) => s.schemeId)).toContain('dekomp');
      expect(allowed.includes('edit-templates')).toBe(keepers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'GET /api/tilsagn/offices/:officeId/letter-templates/:schemeId/:kind/:language',
    verb: 'tilsagn.read',
    alsoAsks: TILSAGN_ALLOWED,
    request: (ctx) => ({ url: path(ctx.fx.office[ctx.tenancy]) }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const { template, allowed } = b as { template: { schemeId: string; sections: unknown[] }; allowed: string[] };
      expect(template.schemeId).toBe(KEY.schemeId);
      expect(template.sections.length).toBeGreaterThan(0);
      expect(allowed.includes('edit-templates')).toBe(keepers(ctx.who, ctx.tenancy));
    },
  },
  {
    route: 'PUT /api/tilsagn/offices/:officeId/letter-templates/:schemeId/:kind/:language',
    verb: 'tilsagn.edit-templates',
    request: async (ctx) => {
      const officeId = ctx.fx.office[ctx.tenancy];
      const row = await findLetterTemplate(ctx.db, { officeId, ...KEY });
      return { url: path(officeId), body: { sections: defaultLetterTemplate(KEY.kind, KEY.language)!.sections, expectedVersion: row?.version ?? 0 } };
    },
    allow: keepers,
    mutation: true,
    payload: (b) => {
      const { template } = b as { template: { source: string; version: number } };
      expect(template.source).toBe('office');
      expect(template.version).toBeGreaterThanOrEqual(1);
    },
  },
];
