// Thin HTTP layer over the e-mail outbox (admin only). Mail holds names, addresses and free text: no-store keeps
// it out of browser and proxy caches. Shapes in src/domain/platform/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { platformContract as c } from '../../../domain/platform/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { listOutbox } from '../../../usecases/platform/list-outbox.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerOutboxRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listOutbox, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return listOutbox({ db, clock, actor: requireActor(request), query: request.query });
  });
}
