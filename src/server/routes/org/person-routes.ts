// Thin HTTP layer over the contact-person use cases.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createPerson } from '../../../usecases/org/create-person.ts';
import { getPerson } from '../../../usecases/org/get-person.ts';
import { personListFilters } from '../../../views/org/person-filters.ts';
import { listPeople } from '../../../usecases/org/list-people.ts';
import { personListCreates } from '../../../views/org/org-creates.ts';
import { updatePerson } from '../../../usecases/org/update-person.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };
type ListQuery = { Querystring: { organisationId?: string } };

export function registerPersonRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get<ListQuery>('/api/people', async (request) => {
    const options = { db, clock, actor: requireActor(request), organisationId: request.query.organisationId };
    return { people: await listPeople(options), creates: await personListCreates(options), filters: await personListFilters(options) };
  });
  app.post('/api/people', async (request, reply) => {
    const created = await createPerson({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ person: created });
  });
  app.get<IdParams>('/api/people/:id', async (request) => ({
    person: await getPerson({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<IdParams>('/api/people/:id', async (request) => ({
    person: await updatePerson({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
