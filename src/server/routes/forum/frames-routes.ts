// Thin HTTP layer over the samarbeidsforum's "frames" endpoints (src/domain/forum/frames-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { framesContract as c } from '../../../domain/forum/frames-contract.ts';
import { deleteBudgetFrame } from '../../../usecases/forum/delete-budget-frame.ts';
import { listBudgetFrames } from '../../../usecases/forum/list-budget-frames.ts';
import { setBudgetFrame } from '../../../usecases/forum/set-budget-frame.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerFramesRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listFrames, async (request) => listBudgetFrames({ db, clock, actor: requireActor(request), officeId: request.params.officeId }));
  route(app, c.setFrame, async (request) => ({
    frame: await setBudgetFrame({ db, clock, actor: requireActor(request), ...request.params, input: request.body }),
  }));
  route(app, c.deleteFrame, async (request, reply) => {
    await deleteBudgetFrame({ db, clock, actor: requireActor(request), ...request.params });
    return reply.status(204).send();
  });
}
