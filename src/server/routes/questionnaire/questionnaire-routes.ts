// Thin HTTP layer over the questionnaire use cases (ADR 020); shapes in src/domain/questionnaire/contract.ts.
// The anonymous answer is public: it needs no session, sets no cookie, and neither it nor the request log writes
// the body (request-log.ts logs the route pattern only; the use case takes no actor and writes no audit row).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { questionnaireContract as c } from '../../../domain/questionnaire/contract.ts';
import { exportResponse } from '../../../usecases/questionnaire/export-response.ts';
import { getQuestionnaire } from '../../../usecases/questionnaire/get-questionnaire.ts';
import { getResponse } from '../../../usecases/questionnaire/get-response.ts';
import { listEditorCandidates } from '../../../usecases/questionnaire/list-editor-candidates.ts';
import { listMyResponses } from '../../../usecases/questionnaire/list-my-responses.ts';
import { listResponseChanges } from '../../../usecases/questionnaire/list-response-changes.ts';
import { listResponseHistory } from '../../../usecases/questionnaire/list-response-history.ts';
import { publishQuestionnaire } from '../../../usecases/questionnaire/publish-questionnaire.ts';
import { saveResponseField } from '../../../usecases/questionnaire/save-response-field.ts';
import { startResponse } from '../../../usecases/questionnaire/start-response.ts';
import { submitAnonymousAnswer } from '../../../usecases/questionnaire/submit-anonymous-answer.ts';
import { submitResponse } from '../../../usecases/questionnaire/submit-response.ts';
import { route } from '../../contract/route.ts';
import { requestLanguage } from '../../plugins/request-language.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function registerQuestionnaireRoutes(app: FastifyInstance, { db, clock }: Pick<RouteDeps, 'db' | 'clock'>) {
  route(app, c.getQuestionnaire, async (request) => ({
    questionnaire: await getQuestionnaire({ db, actor: request.session?.actor ?? null, id: request.params.id, version: request.query.version }),
  }));
  route(app, c.publishQuestionnaire, async (request) => publishQuestionnaire({ db, clock, actor: requireActor(request), input: request.body }));
  route(app, c.submitAnonymousAnswer, async (request) => {
    const body = request.body;
    return submitAnonymousAnswer({ db, clock, input: isObject(body) ? { ...body, questionnaireId: request.params.id } : body });
  });
  route(app, c.listResponses, async (request) => ({ responses: await listMyResponses({ db, actor: requireActor(request) }) }));
  route(app, c.listEditorCandidates, async (request) => ({ people: await listEditorCandidates({ db, actor: requireActor(request) }) }));
  route(app, c.startResponse, async (request) => startResponse({ db, clock, actor: requireActor(request), input: request.body }));
  route(app, c.getResponse, async (request) => ({ response: await getResponse({ db, clock, actor: requireActor(request), id: request.params.id }) }));
  route(app, c.saveAnswer, async (request) =>
    saveResponseField({ db, clock, actor: requireActor(request), id: request.params.id, key: request.params.key, input: request.body }),
  );
  route(app, c.listAnswerChanges, async (request) =>
    listResponseChanges({ db, clock, actor: requireActor(request), id: request.params.id, since: request.query.since }),
  );
  route(app, c.listResponseHistory, async (request) => {
    const rows = await listResponseHistory({ db, clock, actor: requireActor(request), id: request.params.id, key: request.query.key });
    // The API speaks Bokmål as the catalogue's reference language; the page says the label in the reader's own.
    return { history: rows.map((row) => ({ ...row, label: row.label?.nb ?? row.key })) };
  });
  route(app, c.submitResponse, async (request) => submitResponse({ db, clock, actor: requireActor(request), id: request.params.id }));
  route(app, c.exportResponse, async (request, reply) =>
    sendFile(reply, await exportResponse({ db, clock, actor: requireActor(request), id: request.params.id, language: requestLanguage(request) })),
  );
  route(app, c.exportResponseDocx, async (request, reply) =>
    sendFile(reply, await exportResponse({ db, clock, actor: requireActor(request), id: request.params.id, language: requestLanguage(request), format: 'docx' })),
  );
}
