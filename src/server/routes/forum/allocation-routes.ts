// Thin HTTP layer over the samarbeidsforum's "allocation" endpoints (src/domain/forum/allocation-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { allocationContract as c } from '../../../domain/forum/allocation-contract.ts';
import { chooseScenario } from '../../../usecases/forum/choose-scenario.ts';
import { compareScenarios } from '../../../usecases/forum/compare-scenarios.ts';
import { copyScenario } from '../../../usecases/forum/copy-scenario.ts';
import { createScenario } from '../../../usecases/forum/create-scenario.ts';
import { deleteScenario } from '../../../usecases/forum/delete-scenario.ts';
import { getScenario } from '../../../usecases/forum/get-scenario.ts';
import { listScenarios } from '../../../usecases/forum/list-scenarios.ts';
import { renameScenario } from '../../../usecases/forum/rename-scenario.ts';
import { setAllocationLines } from '../../../usecases/forum/set-allocation-lines.ts';
import { setApplicationAllocation } from '../../../usecases/forum/set-application-allocation.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerAllocationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listScenarios, async (request) => listScenarios({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.createScenario, async (request) => createScenario({ db, clock, actor: requireActor(request), roundId: request.params.roundId, input: request.body }));
  route(app, c.compareScenarios, async (request) => compareScenarios({ db, clock, actor: requireActor(request), a: request.query.a, b: request.query.b }));
  route(app, c.getScenario, async (request) => getScenario({ db, clock, actor: requireActor(request), id: request.params.id }));
  route(app, c.renameScenario, async (request) => renameScenario({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }));
  route(app, c.deleteScenario, async (request, reply) => {
    await deleteScenario({ db, clock, actor: requireActor(request), id: request.params.id });
    return reply.status(204).send();
  });
  route(app, c.setAllocationLines, async (request) => setAllocationLines({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }));
  route(app, c.setApplicationAllocation, async (request) =>
    setApplicationAllocation({ db, clock, actor: requireActor(request), id: request.params.id, applicationId: request.params.applicationId, input: request.body }),
  );
  route(app, c.chooseScenario, async (request) => chooseScenario({ db, clock, actor: requireActor(request), id: request.params.id }));
  route(app, c.copyScenario, async (request) => copyScenario({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }));
}
