// The tilsagn module's routes (issue 14), one file per area; each area adds its one line here.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { registerKlageRoutes } from './klage-routes.ts';
import { registerLettersRoutes } from './letters-routes.ts';
import { registerSettingsRoutes } from './settings-routes.ts';
import { registerTemplatesRoutes } from './templates-routes.ts';
import { registerVedtakRoutes } from './vedtak-routes.ts';

export function registerTilsagnRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerVedtakRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerTemplatesRoutes(app, deps);
  registerLettersRoutes(app, deps);
  registerKlageRoutes(app, deps);
}
