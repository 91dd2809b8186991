// Thin HTTP layer over the round (utlysning) use cases; shapes in src/domain/behovsmelding/round-contract.ts.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { roundContract as c } from '../../../domain/behovsmelding/round-contract.ts';
import { createRound } from '../../../usecases/behovsmelding/create-round.ts';
import { getRound } from '../../../usecases/behovsmelding/get-round.ts';
import { grantExtension } from '../../../usecases/behovsmelding/grant-extension.ts';
import { listRoundApplications } from '../../../usecases/behovsmelding/list-round-applications.ts';
import { listRounds } from '../../../usecases/behovsmelding/list-rounds.ts';
import { roundListCreates } from '../../../views/behovsmelding/behovsmelding-creates.ts';
import { updateRound } from '../../../usecases/behovsmelding/update-round.ts';
import { withdrawExtension } from '../../../usecases/behovsmelding/withdraw-extension.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerRoundRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listRounds, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { rounds: await listRounds({ ...options, filter: request.query }), creates: await roundListCreates(options) };
  });
  route(app, c.createRound, async (request) => ({
    round: await createRound({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getRound, async (request) => ({
    round: await getRound({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updateRound, async (request) => ({
    round: await updateRound({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  route(app, c.listRoundApplications, async (request) =>
    listRoundApplications({ db, clock, actor: requireActor(request), roundId: request.params.id, filter: request.query }),
  );
  route(app, c.grantExtension, async (request) => ({
    extension: await grantExtension({ db, clock, actor: requireActor(request), roundId: request.params.id, input: request.body }),
  }));
  route(app, c.withdrawExtension, async (request, reply) => {
    await withdrawExtension({ db, clock, actor: requireActor(request), roundId: request.params.id, partnershipId: request.params.partnershipId });
    return reply.status(204).send();
  });
}
