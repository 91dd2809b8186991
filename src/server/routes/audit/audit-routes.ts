// Thin HTTP layer over the audit log. Read-only on purpose: the log is append-only. Shapes in
// src/domain/audit/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { auditContract as c } from '../../../domain/audit/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { listAudit } from '../../../usecases/audit/list-audit.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerAuditRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listAudit, async (request) => listAudit({ db, clock, actor: requireActor(request), query: request.query }));
}
