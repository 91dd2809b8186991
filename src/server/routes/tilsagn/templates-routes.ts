// Thin HTTP layer over the tilsagn module's "templates" endpoints (src/domain/tilsagn/templates-contract.ts): the
// office's letter templates per scheme, kind and language.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { templatesContract as c } from '../../../domain/tilsagn/templates-contract.ts';
import { getLetterTemplate } from '../../../usecases/tilsagn/get-letter-template.ts';
import { listLetterTemplates } from '../../../usecases/tilsagn/list-letter-templates.ts';
import { updateLetterTemplate } from '../../../usecases/tilsagn/update-letter-template.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerTemplatesRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  const ctx = (request: Parameters<typeof requireActor>[0]) => ({ db, clock, actor: requireActor(request) });

  route(app, c.listLetterTemplates, async (request) => listLetterTemplates({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.getLetterTemplate, async (request) => getLetterTemplate({ ...ctx(request), ...request.params }));
  route(app, c.updateLetterTemplate, async (request) => updateLetterTemplate({ ...ctx(request), ...request.params, input: request.body }));
}
