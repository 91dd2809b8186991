// Thin HTTP layer over the round (utlysning) use cases.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { createRound } from '../../../usecases/behovsmelding/create-round.ts';
import { getRound } from '../../../usecases/behovsmelding/get-round.ts';
import { grantExtension } from '../../../usecases/behovsmelding/grant-extension.ts';
import { listRoundApplications } from '../../../usecases/behovsmelding/list-round-applications.ts';
import { listRounds } from '../../../usecases/behovsmelding/list-rounds.ts';
import { roundListCreates } from '../../../views/behovsmelding/behovsmelding-creates.ts';
import { updateRound } from '../../../usecases/behovsmelding/update-round.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };

export function registerRoundRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  app.get('/api/behovsmelding/rounds', async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { rounds: await listRounds({ ...options, filter: request.query }), creates: await roundListCreates(options) };
  });
  app.post('/api/behovsmelding/rounds', async (request, reply) => {
    const round = await createRound({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ round });
  });
  app.get<IdParams>('/api/behovsmelding/rounds/:id', async (request) => ({
    round: await getRound({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/behovsmelding/rounds/:id', async (request) => ({
    round: await updateRound({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  app.get<IdParams>('/api/behovsmelding/rounds/:id/applications', async (request) =>
    listRoundApplications({ db, clock, actor: requireActor(request), roundId: request.params.id, filter: request.query }),
  );
  app.post<IdParams>('/api/behovsmelding/rounds/:id/extensions', async (request) => ({
    extension: await grantExtension({ db, clock, actor: requireActor(request), roundId: request.params.id, input: request.body }),
  }));
}
