// Shapes of the session API (src/server/routes/auth/session-routes.ts).
import type { SessionMay } from '../../domain/access/offers.ts';
import type { RoleGrant } from '../../domain/access/roles.ts';

export type { SessionMay };

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  organisationId: string | null;
  grants: RoleGrant[];
  isDemo: boolean;
};

export type SessionResponse = {
  user: SessionUser | null;
  /** What the navigation and the start page offer (the server's policy); null when nobody is logged in. */
  may: SessionMay | null;
  csrfToken: string | null;
  login: { oidc: boolean; demo: boolean };
};

export type DemoUser = { id: string; name: string; organisation: string; roles: string[] };
