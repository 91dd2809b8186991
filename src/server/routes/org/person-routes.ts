// Thin HTTP layer over the contact-person use cases; shapes in src/domain/org/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { orgContract as c } from '../../../domain/org/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { createPerson } from '../../../usecases/org/create-person.ts';
import { getPerson } from '../../../usecases/org/get-person.ts';
import { listPeople } from '../../../usecases/org/list-people.ts';
import { updatePerson } from '../../../usecases/org/update-person.ts';
import { personListCreates } from '../../../views/org/org-creates.ts';
import { personListFilters } from '../../../views/org/person-filters.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerPersonRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listPeople, async (request) => {
    const options = { db, clock, actor: requireActor(request), organisationId: request.query.organisationId };
    return { people: await listPeople(options), creates: await personListCreates(options), filters: await personListFilters(options) };
  });
  route(app, c.createPerson, async (request) => ({
    person: await createPerson({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getPerson, async (request) => ({
    person: await getPerson({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.updatePerson, async (request) => ({
    person: await updatePerson({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
}
