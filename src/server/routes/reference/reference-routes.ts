// Thin HTTP layer over the reference data: Kartverket's division, offices and grant schemes.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { KARTVERKET_ATTRIBUTION } from '../../../domain/reference/division.ts';
import { getScheme } from '../../../usecases/reference/get-scheme.ts';
import { listCounties } from '../../../usecases/reference/list-counties.ts';
import { listMunicipalities } from '../../../usecases/reference/list-municipalities.ts';
import { listOffices } from '../../../usecases/reference/list-offices.ts';
import { listSchemes } from '../../../usecases/reference/list-schemes.ts';
import { updateScheme } from '../../../usecases/reference/update-scheme.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };

export function registerReferenceRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get('/api/reference/counties', async (request) => ({
    counties: await listCounties({ db, clock, actor: requireActor(request), query: request.query }),
    attribution: KARTVERKET_ATTRIBUTION,
  }));
  app.get('/api/reference/municipalities', async (request) => ({
    municipalities: await listMunicipalities({ db, clock, actor: requireActor(request), query: request.query }),
    attribution: KARTVERKET_ATTRIBUTION,
  }));
  app.get('/api/reference/offices', async (request) => ({ offices: await listOffices({ db, clock, actor: requireActor(request) }) }));
  app.get('/api/reference/schemes', async (request) => ({ schemes: await listSchemes({ db, clock, actor: requireActor(request) }) }));
  app.get<IdParams>('/api/reference/schemes/:id', async (request) => ({
    scheme: await getScheme({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/reference/schemes/:id', async (request) => ({
    scheme: await updateScheme({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
