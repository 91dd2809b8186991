// Every route module, registered in one place.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';
import { registerSessionRoutes } from './auth/session-routes.ts';
import { registerOrganisationRoutes } from './org/organisation-routes.ts';
import { registerHealthRoutes } from './platform/health-routes.ts';

export async function registerRoutes(app: FastifyInstance, deps: AppDeps) {
  registerHealthRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
}
