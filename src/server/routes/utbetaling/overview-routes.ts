// Thin HTTP layer over the utbetaling module's "overview" endpoint (src/domain/utbetaling/overview-contract.ts): the
// office's money per year.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { overviewContract as c } from '../../../domain/utbetaling/overview-contract.ts';
import { getMoneyOverview } from '../../../usecases/utbetaling/get-money-overview.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerOverviewRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db } = deps;
  route(app, c.getMoneyOverview, async (request) => getMoneyOverview({ db, actor: requireActor(request), query: request.query }));
}
