// The utbetaling module's routes (issue 15), one file per area; each area adds its one line here.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { registerAccountsRoutes } from './accounts-routes.ts';
import { registerBatchRoutes } from './batch-routes.ts';
import { registerPlanRoutes } from './plan-routes.ts';
import { registerOverviewRoutes } from './overview-routes.ts';
import { registerUnusedRoutes } from './unused-routes.ts';

export function registerUtbetalingRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerPlanRoutes(app, deps);
  registerAccountsRoutes(app, deps);
  registerBatchRoutes(app, deps);
  registerOverviewRoutes(app, deps);
  registerUnusedRoutes(app, deps);
  void app;
  void deps;
}
