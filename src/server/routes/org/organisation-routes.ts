// Thin HTTP layer over the organisation use cases.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createOrganisation } from '../../../usecases/org/create-organisation.ts';
import { getOrganisation } from '../../../usecases/org/get-organisation.ts';
import { listOrganisations } from '../../../usecases/org/list-organisations.ts';
import { organisationListCreates } from '../../../views/org/org-creates.ts';
import { updateOrganisation } from '../../../usecases/org/update-organisation.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };
type ListQuery = { Querystring: { kind?: string; q?: string; officeId?: string } };

export function registerOrganisationRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get<ListQuery>('/api/organisations', async (request) => {
    const actor = requireActor(request);
    return { organisations: await listOrganisations({ db, clock, actor, ...request.query }), creates: await organisationListCreates({ db, actor }) };
  });
  app.post('/api/organisations', async (request, reply) => {
    const created = await createOrganisation({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ organisation: created });
  });
  app.get<IdParams>('/api/organisations/:id', async (request) => ({
    organisation: await getOrganisation({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/organisations/:id', async (request) => ({
    organisation: await updateOrganisation({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
