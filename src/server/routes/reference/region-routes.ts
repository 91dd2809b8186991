// Thin HTTP layer over the region (RSK area) use cases.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createRegion } from '../../../usecases/reference/create-region.ts';
import { getRegion } from '../../../usecases/reference/get-region.ts';
import { listRegions } from '../../../usecases/reference/list-regions.ts';
import { regionListCreates } from '../../../views/reference/region-creates.ts';
import { updateRegion } from '../../../usecases/reference/update-region.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };

export function registerRegionRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get('/api/regions', async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { regions: await listRegions(options), creates: await regionListCreates(options) };
  });
  app.post('/api/regions', async (request, reply) => {
    const created = await createRegion({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ region: created });
  });
  app.get<IdParams>('/api/regions/:id', async (request) => ({
    region: await getRegion({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/regions/:id', async (request) => ({
    region: await updateRegion({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
