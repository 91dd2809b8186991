// Thin HTTP layer over the utbetaling module's "unused money" endpoints (src/domain/utbetaling/unused-contract.ts):
// registering, deciding and receiving unused money, the claim letter's files and the office's repayment settings.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { unusedContract as c } from '../../../domain/utbetaling/unused-contract.ts';
import { decideUnusedFunds } from '../../../usecases/utbetaling/decide-unused-funds.ts';
import { getRepaymentClaim } from '../../../usecases/utbetaling/get-repayment-claim.ts';
import { getUnusedFunds } from '../../../usecases/utbetaling/get-unused-funds.ts';
import { getUtbetalingSettings } from '../../../usecases/utbetaling/get-utbetaling-settings.ts';
import { recordRepaymentReceived } from '../../../usecases/utbetaling/record-repayment-received.ts';
import { registerUnusedFunds } from '../../../usecases/utbetaling/register-unused-funds.ts';
import { updateUtbetalingSettings } from '../../../usecases/utbetaling/update-utbetaling-settings.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerUnusedRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock, config } = deps;
  const ctx = (request: Parameters<typeof requireActor>[0]) => ({ db, clock, actor: requireActor(request) });

  route(app, c.registerUnusedFunds, async (request) => registerUnusedFunds({ ...ctx(request), vedtakId: request.params.vedtakId, input: request.body }));
  route(app, c.getUnusedFunds, async (request) => getUnusedFunds({ ...ctx(request), id: request.params.id }));
  route(app, c.decideUnusedFunds, async (request) => decideUnusedFunds({ ...ctx(request), id: request.params.id, input: request.body }));
  route(app, c.recordRepaymentReceived, async (request) => recordRepaymentReceived({ ...ctx(request), id: request.params.id, input: request.body }));
  route(app, c.getRepaymentClaim, async (request, reply) =>
    sendFile(reply, await getRepaymentClaim({ ...ctx(request), config, id: request.params.id, format: request.params.format })),
  );
  route(app, c.getUtbetalingSettings, async (request) => getUtbetalingSettings({ ...ctx(request), officeId: request.query.embete ?? '' }));
  route(app, c.updateUtbetalingSettings, async (request) => updateUtbetalingSettings({ ...ctx(request), officeId: request.query.embete ?? '', input: request.body }));
}
