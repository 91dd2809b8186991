// Thin HTTP layer over the utbetaling module's "accounts" endpoints (src/domain/utbetaling/accounts-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { accountsContract as c } from '../../../domain/utbetaling/accounts-contract.ts';
import { confirmAccountChange } from '../../../usecases/utbetaling/confirm-account-change.ts';
import { listAccountChanges } from '../../../usecases/utbetaling/list-account-changes.ts';
import { rejectAccountChange } from '../../../usecases/utbetaling/reject-account-change.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerAccountsRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listAccountChanges, async (request) => listAccountChanges({ db, clock, actor: requireActor(request), officeId: request.query.embete }));
  route(app, c.confirmAccountChange, async (request) => confirmAccountChange({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }));
  route(app, c.rejectAccountChange, async (request) => rejectAccountChange({ db, clock, actor: requireActor(request), id: request.params.id, input: request.body }));
}
