// Thin HTTP layer over the organisation use cases; shapes in src/domain/org/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { orgContract as c } from '../../../domain/org/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createOrganisation } from '../../../usecases/org/create-organisation.ts';
import { getOrganisation } from '../../../usecases/org/get-organisation.ts';
import { listOrganisations } from '../../../usecases/org/list-organisations.ts';
import { updateOrganisation } from '../../../usecases/org/update-organisation.ts';
import { organisationListCreates } from '../../../views/org/org-creates.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerOrganisationRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listOrganisations, async (request) => {
    const actor = requireActor(request);
    const { kind, q, officeId } = request.query;
    return { organisations: await listOrganisations({ db, clock, actor, kind, q, officeId }), creates: await organisationListCreates({ db, actor }) };
  });
  route(app, c.createOrganisation, async (request) => ({
    organisation: await createOrganisation({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getOrganisation, async (request) => ({
    organisation: await getOrganisation({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updateOrganisation, async (request) => ({
    organisation: await updateOrganisation({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
