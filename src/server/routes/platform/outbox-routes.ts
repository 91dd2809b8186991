// Thin HTTP layer over the e-mail outbox (admin only). Mail holds names, addresses and free text: no-store keeps
// it out of browser and proxy caches.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { listOutbox } from '../../../usecases/platform/list-outbox.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerOutboxRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get('/api/admin/outbox', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return listOutbox({ db, clock, actor: requireActor(request), query: request.query });
  });
}
