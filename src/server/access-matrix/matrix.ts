// The access matrix: for every registered route, who may call it against their own and against another
// organisation's (or office's, or partnership's) data. The expectations are written out here by hand, not derived
// from the policy, so a policy change that widens access fails the test until the matrix is changed on purpose.
import type { Db } from '../../db/client.ts';
import type { PolicyVerb } from '../../domain/access/policy.ts';
import type { Fixtures } from './fixtures.ts';

export const WHO = ['anonymous', 'admin', 'saksbehandler', 'budsjettdisponent', 'forum', 'koordinator', 'uh', 'studiesenter', 'leser'] as const;
export type Who = (typeof WHO)[number];
export type Tenancy = 'own' | 'other';

export type CellContext = { db: Db; who: Who; tenancy: Tenancy; fx: Fixtures; unique: string };
/** `headers` with a raw Buffer `body` for non-JSON requests (a multipart upload). */
export type CellRequest = { url: string; body?: unknown; headers?: Record<string, string> };

export type RouteCase = {
  /** As registered: 'PUT /api/organisations/:id'. */
  route: string;
  /** The policy verb the route is for, named with its resource type ('behovsmelding-application.submit'), or null
   * for the routes that ask no policy (health, session, login, logout: public or the session's own). */
  verb: PolicyVerb | null;
  /** Verbs the route asks besides its own, whatever the cell: the verbs its answer lists as `allowed`. */
  alsoAsks?: readonly PolicyVerb[];
  /** The concrete request of one cell; may create what it needs (a fresh invitation to revoke, say). */
  request: (ctx: CellContext) => CellRequest | Promise<CellRequest>;
  allow: (who: Who, tenancy: Tenancy) => boolean;
  /** Checks that an allowed answer carries real data, not just a 2xx. */
  payload: (body: unknown, ctx: CellContext, headers: Record<string, unknown>) => void;
  /** A mutation adds exactly one audit row when allowed, none when denied. */
  mutation: boolean;
  /** Statuses that count as allowed (default: any 2xx). The OIDC redirects answer 302. */
  allowedStatus?: number[];
};

/** Helpers to write `allow` readably. */
export const everyone = () => true;
export const loggedIn = (who: Who) => who !== 'anonymous';
export const only =
  (rules: Partial<Record<Who, readonly Tenancy[] | 'both'>>) =>
  (who: Who, tenancy: Tenancy): boolean => {
    const rule = rules[who];
    return rule === 'both' || (Array.isArray(rule) && rule.includes(tenancy));
  };

/** Verbs of the module policies that no route of the matrix asks (yet), with the reason. The matrix test fails
 * when a verb has neither a route nor a line here, and when a verb listed here has got a route. */
export const VERBS_WITHOUT_ROUTE: Partial<Record<PolicyVerb, string>> = {
  'partnership.delete': 'No use case or route deletes a partnership yet; the rule (its office’s case officers) is tested in src/domain/org/policy.test.ts.',
  'behovsmelding-application.read-extension-reason':
    'Asked per extension by GET /api/behovsmelding/rounds/:id, whose row runs before the matrix grants any extension; src/usecases/behovsmelding/extension-privacy.test.ts covers it role by role.',
};
