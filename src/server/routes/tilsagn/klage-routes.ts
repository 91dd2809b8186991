// Thin HTTP layer over the tilsagn module's "acceptance, klage and views" endpoints
// (src/domain/tilsagn/klage-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { klageContract as c } from '../../../domain/tilsagn/klage-contract.ts';
import { acceptVedtak } from '../../../usecases/tilsagn/accept-vedtak.ts';
import { dismissKlage } from '../../../usecases/tilsagn/dismiss-klage.ts';
import { exportKlageZip } from '../../../usecases/tilsagn/export-klage-zip.ts';
import { forwardKlage } from '../../../usecases/tilsagn/forward-klage.ts';
import { getApplicationDecision } from '../../../usecases/tilsagn/get-application-decision.ts';
import { getKlage } from '../../../usecases/tilsagn/get-klage.ts';
import { getRoundPipeline } from '../../../usecases/tilsagn/get-round-pipeline.ts';
import { recordKlageOutcome } from '../../../usecases/tilsagn/record-klage-outcome.ts';
import { registerKlage } from '../../../usecases/tilsagn/register-klage.ts';
import { reverseKlage } from '../../../usecases/tilsagn/reverse-klage.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerKlageRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock, config } = deps;
  route(app, c.acceptVedtak, async (request) => acceptVedtak({ db, clock, actor: requireActor(request), vedtakId: request.params.id }));
  route(app, c.getApplicationDecision, async (request) => getApplicationDecision({ db, clock, actor: requireActor(request), applicationId: request.params.id }));
  route(app, c.getRoundPipeline, async (request) => getRoundPipeline({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.getKlage, async (request) => getKlage({ db, clock, actor: requireActor(request), klageId: request.params.id }));
  route(app, c.registerKlage, async (request) => ({ klage: await registerKlage({ db, clock, actor: requireActor(request), vedtakId: request.params.id, input: request.body }) }));
  route(app, c.dismissKlage, async (request) => ({ klage: await dismissKlage({ db, clock, actor: requireActor(request), klageId: request.params.id, input: request.body }) }));
  route(app, c.reverseKlage, async (request) => ({ klage: await reverseKlage({ db, clock, actor: requireActor(request), klageId: request.params.id, input: request.body }) }));
  route(app, c.forwardKlage, async (request) => ({ klage: await forwardKlage({ db, clock, actor: requireActor(request), klageId: request.params.id, input: request.body }) }));
  route(app, c.recordKlageOutcome, async (request) => ({
    klage: await recordKlageOutcome({ db, clock, actor: requireActor(request), klageId: request.params.id, input: request.body }),
  }));
  route(app, c.exportKlageZip, async (request, reply) => sendFile(reply, await exportKlageZip({ db, clock, config, actor: requireActor(request), klageId: request.params.id })));
}
