// Thin HTTP layer over the utbetaling module's "plan" endpoints (src/domain/utbetaling/plan-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { planContract as c } from '../../../domain/utbetaling/plan-contract.ts';
import { approvePaymentPlan } from '../../../usecases/utbetaling/approve-payment-plan.ts';
import { getPartnershipMoney } from '../../../usecases/utbetaling/get-partnership-money.ts';
import { getPaymentPlan } from '../../../usecases/utbetaling/get-payment-plan.ts';
import { makePaymentPlan } from '../../../usecases/utbetaling/make-payment-plan.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerPlanRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.getPaymentPlan, async (request) => getPaymentPlan({ db, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.makePaymentPlan, async (request) => makePaymentPlan({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.approvePaymentPlan, async (request) => approvePaymentPlan({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.getPartnershipMoney, async (request) => getPartnershipMoney({ db, actor: requireActor(request), partnershipId: request.params.id }));
}
