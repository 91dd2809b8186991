// Shapes of the session API (src/server/routes/auth/session-routes.ts).
import type { RoleGrant } from '../../domain/access/roles.ts';

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
  csrfToken: string | null;
  login: { oidc: boolean; demo: boolean };
};

export type DemoUser = { id: string; name: string; organisation: string; roles: string[] };
