// Thin HTTP layer over the region (RSK area) use cases; shapes in src/domain/reference/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { referenceContract as c } from '../../../domain/reference/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createRegion } from '../../../usecases/reference/create-region.ts';
import { getRegion } from '../../../usecases/reference/get-region.ts';
import { listRegions } from '../../../usecases/reference/list-regions.ts';
import { updateRegion } from '../../../usecases/reference/update-region.ts';
import { regionListCreates } from '../../../views/reference/region-creates.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerRegionRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listRegions, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { regions: await listRegions(options), creates: await regionListCreates(options) };
  });
  route(app, c.createRegion, async (request) => ({
    region: await createRegion({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getRegion, async (request) => ({
    region: await getRegion({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updateRegion, async (request) => ({
    region: await updateRegion({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
