// Thin HTTP layer over the audit log. Read-only on purpose: the log is append-only.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { listAudit } from '../../../usecases/audit/list-audit.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerAuditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/api/audit', async (request) => listAudit({ db, actor: requireActor(request), query: request.query }));
}
