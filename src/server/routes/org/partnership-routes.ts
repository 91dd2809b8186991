// Thin HTTP layer over the partnership use cases; shapes in src/domain/org/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { orgContract as c } from '../../../domain/org/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createPartnership } from '../../../usecases/org/create-partnership.ts';
import { getPartnership } from '../../../usecases/org/get-partnership.ts';
import { listPartnershipCandidates } from '../../../usecases/org/list-partnership-candidates.ts';
import { listPartnerships } from '../../../usecases/org/list-partnerships.ts';
import { setPartnershipEditors } from '../../../usecases/org/set-partnership-editors.ts';
import { updatePartnership } from '../../../usecases/org/update-partnership.ts';
import { partnershipListCreates } from '../../../views/org/org-creates.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerPartnershipRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listPartnerships, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { partnerships: await listPartnerships(options), creates: await partnershipListCreates(options) };
  });
  route(app, c.createPartnership, async (request) => ({
    partnership: await createPartnership({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getPartnership, async (request) => ({
    partnership: await getPartnership({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updatePartnership, async (request) => ({
    partnership: await updatePartnership({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  route(app, c.setPartnershipEditors, async (request) => ({
    editors: await setPartnershipEditors({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  route(app, c.listPartnershipCandidates, async (request) => ({
    people: await listPartnershipCandidates({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
}
