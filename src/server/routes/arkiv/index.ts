// The arkiv module's routes (issue 15), one file per area; each area adds its one line here.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { registerJournalRoutes } from './journal-routes.ts';

export function registerArkivRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerJournalRoutes(app, deps);
}
