// Every route module, registered in one place.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../app.ts';
import { registerSessionRoutes } from './auth/session-routes.ts';
import { registerLoginRateLimit } from './auth/login-rate-limit.ts';
import { registerOidcRoutes } from './auth/oidc-routes.ts';
import { registerUserRoutes } from './access/user-routes.ts';
import { registerInvitationRoutes } from './access/invitation-routes.ts';
import { registerOrganisationRoutes } from './org/organisation-routes.ts';
import { registerPartnershipRoutes } from './org/partnership-routes.ts';
import { registerPersonRoutes } from './org/person-routes.ts';
import { registerReferenceRoutes } from './reference/reference-routes.ts';
import { registerRegionRoutes } from './reference/region-routes.ts';
import { registerAuditRoutes } from './audit/audit-routes.ts';
import { registerHealthRoutes } from './platform/health-routes.ts';
import { registerOutboxRoutes } from './platform/outbox-routes.ts';
import { registerOpenApiRoutes } from './platform/openapi-routes.ts';
import { registerOperatorRoutes } from './platform/operator-routes.ts';
import { registerRoundRoutes } from './behovsmelding/round-routes.ts';
import { registerApplicationRoutes } from './behovsmelding/application-routes.ts';
import { registerDocumentRoutes } from './behovsmelding/document-routes.ts';
import { registerStartRoutes } from './behovsmelding/start-routes.ts';
import { registerForumRoutes } from './forum/index.ts';
import { registerQuestionnaireRoutes } from './questionnaire/questionnaire-routes.ts';

export async function registerRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerHealthRoutes(app, deps);
  registerOpenApiRoutes(app);
  registerOperatorRoutes(app, deps);
  registerLoginRateLimit(app, deps);
  registerSessionRoutes(app, deps);
  registerOidcRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerInvitationRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
  registerPersonRoutes(app, deps);
  registerPartnershipRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerRegionRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerRoundRoutes(app, deps);
  registerApplicationRoutes(app, deps);
  await registerDocumentRoutes(app, deps);
  registerStartRoutes(app, deps);
  registerQuestionnaireRoutes(app, deps);
  registerForumRoutes(app, deps);
}
