// Thin HTTP layer over the samarbeidsforum's "innstilling" endpoints (src/domain/forum/innstilling-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { innstillingContract as c } from '../../../domain/forum/innstilling-contract.ts';
import { adoptInnstilling } from '../../../usecases/forum/adopt-innstilling.ts';
import { castVote } from '../../../usecases/forum/cast-vote.ts';
import { exportInnstilling } from '../../../usecases/forum/export-innstilling.ts';
import { getInnstilling } from '../../../usecases/forum/get-innstilling.ts';
import { recordDecision } from '../../../usecases/forum/record-decision.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerInnstillingRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.castVote, async (request) => castVote({ db, clock, actor: requireActor(request), itemId: request.params.id, input: request.body }));
  route(app, c.recordDecision, async (request) => ({
    decision: await recordDecision({ db, clock, actor: requireActor(request), itemId: request.params.id, input: request.body }),
  }));
  route(app, c.getInnstilling, async (request) => getInnstilling({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.adoptInnstilling, async (request) => adoptInnstilling({ db, clock, actor: requireActor(request), roundId: request.params.roundId, input: request.body, publicUrl: deps.config.publicUrl }));
  route(app, c.exportInnstilling, async (request, reply) =>
    sendFile(reply, await exportInnstilling({ db, clock, actor: requireActor(request), roundId: request.params.roundId, format: request.params.format })),
  );
}
