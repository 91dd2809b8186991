// The utbetaling module's "overview" route in the access matrix (issue 15, point 2): the office's money per year is
// read by its case officers, budsjettdisponenter and readers (a national reader reads every office's); another
// office's case officer or budsjettdisponent, the forum, the partnerships, UH and study centres see none of it.
import { expect } from 'vitest';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import { UTBETALING_VERBS } from '../../domain/utbetaling/policy.ts';
import { only, type RouteCase } from './matrix.ts';

const readers = only({ admin: 'both', saksbehandler: ['own'], budsjettdisponent: ['own'], leser: 'both' });
const caseOfficers = only({ admin: 'both', saksbehandler: ['own'] });
/** Every verb the overview's answer lists besides reading. */
const UTBETALING_ALLOWED: PolicyVerb[] = UTBETALING_VERBS.filter((v) => v !== 'read').map((v) => `utbetaling.${v}` as const);

export const utbetalingOverviewCases: RouteCase[] = [
  {
    route: 'GET /api/utbetaling/overview',
    verb: 'utbetaling.read',
    alsoAsks: UTBETALING_ALLOWED,
    request: (ctx) => ({ url: `/api/utbetaling/overview?embete=${ctx.fx.office[ctx.tenancy]}` }),
    allow: readers,
    mutation: false,
    payload: (b, ctx) => {
      const body = b as { officeId: string; years: unknown[]; total: Record<string, number>; allowed: string[] };
      expect(body.officeId).toBe(ctx.fx.office[ctx.tenancy]);
      expect(Array.isArray(body.years)).toBe(true);
      expect(typeof body.total.decidedKr).toBe('number');
      expect(body.allowed.includes('prepare-batch')).toBe(caseOfficers(ctx.who, ctx.tenancy));
    },
  },
];
