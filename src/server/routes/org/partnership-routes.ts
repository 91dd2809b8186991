// Thin HTTP layer over the partnership use cases.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createPartnership } from '../../../usecases/org/create-partnership.ts';
import { getPartnership } from '../../../usecases/org/get-partnership.ts';
import { listPartnershipCandidates } from '../../../usecases/org/list-partnership-candidates.ts';
import { listPartnerships } from '../../../usecases/org/list-partnerships.ts';
import { partnershipListCreates } from '../../../views/org/org-creates.ts';
import { setPartnershipEditors } from '../../../usecases/org/set-partnership-editors.ts';
import { updatePartnership } from '../../../usecases/org/update-partnership.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };

export function registerPartnershipRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get('/api/partnerships', async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { partnerships: await listPartnerships(options), creates: await partnershipListCreates(options) };
  });
  app.post('/api/partnerships', async (request, reply) => {
    const created = await createPartnership({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ partnership: created });
  });
  app.get<IdParams>('/api/partnerships/:id', async (request) => ({
    partnership: await getPartnership({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/partnerships/:id', async (request) => ({
    partnership: await updatePartnership({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  app.put<IdParams>('/api/partnerships/:id/editors', async (request) => ({
    editors: await setPartnershipEditors({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  app.get<IdParams>('/api/partnerships/:id/candidates', async (request) => ({
    people: await listPartnershipCandidates({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
}
