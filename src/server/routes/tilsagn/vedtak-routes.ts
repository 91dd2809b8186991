// Thin HTTP layer over the tilsagn module's "vedtak" endpoints (src/domain/tilsagn/vedtak-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { vedtakContract as c } from '../../../domain/tilsagn/vedtak-contract.ts';
import { amendVedtak } from '../../../usecases/tilsagn/amend-vedtak.ts';
import { approveVedtakBatch } from '../../../usecases/tilsagn/approve-vedtak-batch.ts';
import { getRoundVedtak } from '../../../usecases/tilsagn/get-round-vedtak.ts';
import { getVedtak } from '../../../usecases/tilsagn/get-vedtak.ts';
import { listTilsagnRounds } from '../../../usecases/tilsagn/list-tilsagn-rounds.ts';
import { prepareRoundVedtak } from '../../../usecases/tilsagn/prepare-round-vedtak.ts';
import { returnVedtakBatch } from '../../../usecases/tilsagn/return-vedtak-batch.ts';
import { submitVedtakBatch } from '../../../usecases/tilsagn/submit-vedtak-batch.ts';
import { updateVedtak } from '../../../usecases/tilsagn/update-vedtak.ts';
import { updateVedtakBatch } from '../../../usecases/tilsagn/update-vedtak-batch.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerVedtakRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listTilsagnRounds, async (request) => listTilsagnRounds({ db, actor: requireActor(request), officeId: request.params.officeId }));
  route(app, c.getRoundVedtak, async (request) => getRoundVedtak({ db, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.prepareRoundVedtak, async (request) => prepareRoundVedtak({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.getVedtak, async (request) => getVedtak({ db, actor: requireActor(request), vedtakId: request.params.id }));
  route(app, c.updateVedtak, async (request) => updateVedtak({ db, clock, actor: requireActor(request), vedtakId: request.params.id, input: request.body }));
  route(app, c.updateVedtakBatch, async (request) => updateVedtakBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.submitVedtakBatch, async (request) => submitVedtakBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.approveVedtakBatch, async (request) => approveVedtakBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.returnVedtakBatch, async (request) => returnVedtakBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.amendVedtak, async (request) => amendVedtak({ db, clock, actor: requireActor(request), vedtakId: request.params.id }));
}
