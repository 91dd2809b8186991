// Thin HTTP layer over the tilsagn module's "letters" endpoints (src/domain/tilsagn/letters-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { lettersContract as c } from '../../../domain/tilsagn/letters-contract.ts';
import { getVedtakLetter } from '../../../usecases/tilsagn/get-vedtak-letter.ts';
import { issueVedtakBatch } from '../../../usecases/tilsagn/issue-vedtak-batch.ts';
import { listRoundLetters } from '../../../usecases/tilsagn/list-round-letters.ts';
import { recordArchiveNumber } from '../../../usecases/tilsagn/record-archive-number.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerLettersRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock, config } = deps;
  route(app, c.issueVedtakBatch, async (request) => issueVedtakBatch({ db, clock, actor: requireActor(request), batchId: request.params.id }));
  route(app, c.listRoundLetters, async (request) => listRoundLetters({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.getVedtakLetter, async (request, reply) =>
    sendFile(
      reply,
      await getVedtakLetter({ db, clock, config, actor: requireActor(request), vedtakId: request.params.id, format: request.params.format, language: request.query.language }),
    ),
  );
  route(app, c.recordArchiveNumber, async (request) => recordArchiveNumber({ db, clock, actor: requireActor(request), vedtakId: request.params.id, input: request.body }));
}
