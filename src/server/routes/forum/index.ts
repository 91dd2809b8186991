// The samarbeidsforum module's routes (issue 13), one file per area.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { registerAllocationRoutes } from './allocation-routes.ts';
import { registerFramesRoutes } from './frames-routes.ts';
import { registerInnstillingRoutes } from './innstilling-routes.ts';
import { registerMembersRoutes } from './members-routes.ts';
import { registerReviewRoutes } from './review-routes.ts';

export function registerForumRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerMembersRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerFramesRoutes(app, deps);
  registerAllocationRoutes(app, deps);
  registerInnstillingRoutes(app, deps);
}
