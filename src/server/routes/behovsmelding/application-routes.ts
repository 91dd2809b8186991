// Thin HTTP layer over the application use cases: the form's fields (autosave, changes, history), submit, return.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { applicationListCreates } from '../../../views/behovsmelding/behovsmelding-creates.ts';
import { createApplication } from '../../../usecases/behovsmelding/create-application.ts';
import { getApplication } from '../../../usecases/behovsmelding/get-application.ts';
import { getSubmission } from '../../../usecases/behovsmelding/get-submission.ts';
import { listMyApplications } from '../../../usecases/behovsmelding/list-my-applications.ts';
import { listFieldChanges } from '../../../usecases/behovsmelding/list-field-changes.ts';
import { listFieldHistory } from '../../../usecases/behovsmelding/list-field-history.ts';
import { returnApplication } from '../../../usecases/behovsmelding/return-application.ts';
import { saveField } from '../../../usecases/behovsmelding/save-field.ts';
import { submitApplication } from '../../../usecases/behovsmelding/submit-application.ts';
import { requireActor } from '../../plugins/session.ts';

type IdParams = { Params: { id: string } };

export function registerApplicationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  app.get('/api/behovsmelding/applications', async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { applications: await listMyApplications(options), creates: await applicationListCreates(options) };
  });
  app.post('/api/behovsmelding/applications', async (request, reply) => {
    const application = await createApplication({ db, clock, actor: requireActor(request), input: request.body });
    return reply.status(201).send({ application });
  });
  app.get<IdParams>('/api/behovsmelding/applications/:id', async (request) => ({
    application: await getApplication({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  app.put<{ Params: { id: string; key: string } }>('/api/behovsmelding/applications/:id/fields/:key', async (request) =>
    saveField({ db, clock, actor: requireActor(request), id: request.params.id, key: request.params.key, input: request.body }),
  );
  app.get<IdParams & { Querystring: { since?: string } }>('/api/behovsmelding/applications/:id/changes', async (request) =>
    listFieldChanges({ db, clock, actor: requireActor(request), id: request.params.id, since: request.query.since }),
  );
  app.get<IdParams & { Querystring: { key?: string } }>('/api/behovsmelding/applications/:id/history', async (request) => ({
    history: await listFieldHistory({ db, clock, actor: requireActor(request), id: request.params.id, key: request.query.key }),
  }));
  app.post<IdParams>('/api/behovsmelding/applications/:id/submit', async (request) =>
    submitApplication({ db, clock, actor: requireActor(request), id: request.params.id }),
  );
  app.post<IdParams>('/api/behovsmelding/applications/:id/return', async (request) => ({
    application: await returnApplication({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }),
  }));
  app.get<{ Params: { id: string; sequence: string } }>('/api/behovsmelding/applications/:id/submissions/:sequence', async (request) =>
    getSubmission({ db, clock, actor: requireActor(request), id: request.params.id, sequence: Number(request.params.sequence) }),
  );
}
