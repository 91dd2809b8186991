// The start pages' overview: anyone logged in may ask, and each sees only their own work — the coordinator and the
// UH contact (an editor of Sør-Troms) their partnerships' rounds and applications, never another partnership's; the
// case officer their office's; everyone else nothing.
import { expect } from 'vitest';
import { loggedIn, type RouteCase } from './matrix.ts';

type Overview = {
  coordinator: { openRounds: { partnerships: { id: string }[] }[]; drafts: { partnershipId: string }[]; returned: { partnershipId: string }[]; submitted: { partnershipId: string }[] } | null;
  office: { newSubmissions: unknown[] } | null;
};

export const startCases: RouteCase[] = [
  {
    route: 'GET /api/behovsmelding/start',
    verb: 'behovsmelding-application.read',
    request: () => ({ url: '/api/behovsmelding/start' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      const { coordinator, office } = b as Overview;
      expect(office !== null).toBe(ctx.who === 'saksbehandler');
      if (ctx.who === 'koordinator' || ctx.who === 'uh') {
        expect(coordinator).not.toBeNull();
        const other = ctx.fx.partnership(ctx.who, 'other');
        const shown = [
          ...coordinator!.openRounds.flatMap((r) => r.partnerships.map((p) => p.id)),
          ...[...coordinator!.drafts, ...coordinator!.returned, ...coordinator!.submitted].map((a) => a.partnershipId),
        ];
        expect(shown).not.toContain(other);
      } else if (ctx.who !== 'admin') expect(coordinator).toBeNull();
    },
  },
];
