// Thin HTTP layer over the start pages' overview (src/domain/behovsmelding/start-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { startContract as c } from '../../../domain/behovsmelding/start-contract.ts';
import { getStartOverview } from '../../../usecases/behovsmelding/get-start-overview.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerStartRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.getStartOverview, async (request) => getStartOverview({ db, clock, actor: requireActor(request) }));
}
