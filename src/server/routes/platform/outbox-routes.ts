// Thin HTTP layer over the e-mail outbox (admin only): the list, "Send på nytt" and a mail's .eml file. Mail holds
// names, addresses and free text: no-store keeps it out of browser and proxy caches. Shapes in
// src/domain/platform/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { platformContract as c } from '../../../domain/platform/contract.ts';
import { getOutboxEml } from '../../../usecases/platform/get-outbox-eml.ts';
import { listOutbox } from '../../../usecases/platform/list-outbox.ts';
import { resendEmail } from '../../../usecases/platform/resend-email.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerOutboxRoutes(app: FastifyInstance, { db, clock, config }: RouteDeps) {
  route(app, c.listOutbox, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return listOutbox({ db, clock, actor: requireActor(request), query: request.query });
  });
  route(app, c.resendEmail, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return resendEmail({ db, clock, actor: requireActor(request), id: request.params.id });
  });
  route(app, c.getOutboxEml, async (request, reply) =>
    sendFile(reply, await getOutboxEml({ db, clock, config, actor: requireActor(request), id: request.params.id })),
  );
}
