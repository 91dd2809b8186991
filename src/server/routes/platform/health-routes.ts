// Whether the service and its database answer: 200 { status: 'ok' } or 503 { status: 'error' }. Both answers go
// through the contract's strict schema (src/domain/platform/contract.ts); the route registers itself rather than
// with route(), which answers one status per endpoint.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { platformContract as c, type Health } from '../../../domain/platform/contract.ts';
import { serialize } from '../../contract/route.ts';

export function registerHealthRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.route({
    method: c.health.method,
    url: c.health.path,
    handler: async (_request, reply) => {
      try {
        await db.execute(sql`select 1`);
        return reply.status(200).send(serialize(c.health, { status: 'ok', db: 'ok' } satisfies Health));
      } catch {
        return reply.status(503).send(serialize(c.health, { status: 'error', db: 'unreachable' } satisfies Health));
      }
    },
  });
}
