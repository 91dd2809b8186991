// Thin HTTP layer over the reference data: Kartverket's division, offices and grant schemes; shapes in
// src/domain/reference/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { referenceContract as c } from '../../../domain/reference/contract.ts';
import { KARTVERKET_ATTRIBUTION } from '../../../domain/reference/division.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { getScheme } from '../../../usecases/reference/get-scheme.ts';
import { listCounties } from '../../../usecases/reference/list-counties.ts';
import { listMunicipalities } from '../../../usecases/reference/list-municipalities.ts';
import { listOffices } from '../../../usecases/reference/list-offices.ts';
import { listSchemes } from '../../../usecases/reference/list-schemes.ts';
import { updateScheme } from '../../../usecases/reference/update-scheme.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerReferenceRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listCounties, async (request) => ({
    counties: await listCounties({ db, clock, actor: requireActor(request), query: request.query }),
    attribution: KARTVERKET_ATTRIBUTION,
  }));
  route(app, c.listMunicipalities, async (request) => ({
    municipalities: await listMunicipalities({ db, clock, actor: requireActor(request), query: request.query }),
    attribution: KARTVERKET_ATTRIBUTION,
  }));
  route(app, c.listOffices, async (request) => ({ offices: await listOffices({ db, clock, actor: requireActor(request) }) }));
  route(app, c.listSchemes, async (request) => ({ schemes: await listSchemes({ db, clock, actor: requireActor(request) }) }));
  route(app, c.getScheme, async (request) => ({
    scheme: await getScheme({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updateScheme, async (request) => ({
    scheme: await updateScheme({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
