// Thin HTTP layer over the application use cases: the form's fields (autosave, changes, history), submit, return;
// shapes in src/domain/behovsmelding/application-contract.ts. A save's 409 conflict is an AppError, answered by the
// error handler with both values in its details.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { applicationContract as c } from '../../../domain/behovsmelding/application-contract.ts';
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
import { deleteDraft } from '../../../usecases/behovsmelding/delete-draft.ts';
import { withdrawSubmission } from '../../../usecases/behovsmelding/withdraw-submission.ts';
import { fileStoreFor } from '../../../db/file-store.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerApplicationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listApplications, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { applications: await listMyApplications(options), creates: await applicationListCreates(options) };
  });
  route(app, c.createApplication, async (request) => ({
    application: await createApplication({ db, clock, actor: requireActor(request), input: request.body }),
  }));
  route(app, c.getApplication, async (request) => ({
    application: await getApplication({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  route(app, c.saveField, async (request) =>
    saveField({ db, clock, actor: requireActor(request), id: request.params.id, key: request.params.key, input: request.body }),
  );
  route(app, c.listFieldChanges, async (request) =>
    listFieldChanges({ db, clock, actor: requireActor(request), id: request.params.id, since: request.query.since }),
  );
  route(app, c.listFieldHistory, async (request) => ({
    history: await listFieldHistory({ db, clock, actor: requireActor(request), id: request.params.id, key: request.query.key }),
  }));
  route(app, c.submitApplication, async (request) => submitApplication({ db, clock, actor: requireActor(request), id: request.params.id, publicUrl: deps.config.publicUrl }));
  route(app, c.returnApplication, async (request) => ({
    application: await returnApplication({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body, publicUrl: deps.config.publicUrl }),
  }));
  route(app, c.withdrawSubmission, async (request) => ({
    application: await withdrawSubmission({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
  // A draft's attachments are removed from the file store with it.
  const files = (tx: DbOrTx) => fileStoreFor({ databaseUrl: deps.config.databaseUrl, dataDir: deps.config.dataDir, db: tx });
  route(app, c.deleteApplication, async (request, reply) => {
    await deleteDraft({ db, clock, files, actor: requireActor(request), id: request.params.id });
    return reply.status(204).send();
  });
  route(app, c.getSubmission, async (request) =>
    getSubmission({ db, clock, actor: requireActor(request), id: request.params.id, sequence: Number(request.params.sequence) }),
  );
}
