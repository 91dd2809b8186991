// Thin HTTP layer over the samarbeidsforum's "review" endpoints (src/domain/forum/review-contract.ts): a round's
// criteria, a member's own review, an item's scores and the forum's assessment.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { reviewContract as c } from '../../../domain/forum/review-contract.ts';
import { assessItem } from '../../../usecases/forum/assess-item.ts';
import { createCriterion } from '../../../usecases/forum/create-criterion.ts';
import { deleteCriterion } from '../../../usecases/forum/delete-criterion.ts';
import { getItemScores } from '../../../usecases/forum/get-item-scores.ts';
import { getMyReview } from '../../../usecases/forum/get-my-review.ts';
import { listCriteria } from '../../../usecases/forum/list-criteria.ts';
import { reorderCriteria } from '../../../usecases/forum/reorder-criteria.ts';
import { saveMyReview } from '../../../usecases/forum/save-my-review.ts';
import { submitMyReview } from '../../../usecases/forum/submit-my-review.ts';
import { updateCriterion } from '../../../usecases/forum/update-criterion.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerReviewRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  route(app, c.listCriteria, async (request) => listCriteria({ db, clock, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.createCriterion, async (request) =>
    createCriterion({ db, clock, actor: requireActor(request), roundId: request.params.roundId, input: request.body }),
  );
  route(app, c.reorderCriteria, async (request) =>
    reorderCriteria({ db, clock, actor: requireActor(request), roundId: request.params.roundId, input: request.body }),
  );
  route(app, c.updateCriterion, async (request) =>
    updateCriterion({ db, clock, actor: requireActor(request), roundId: request.params.roundId, id: request.params.id, input: request.body }),
  );
  route(app, c.deleteCriterion, async (request, reply) => {
    await deleteCriterion({ db, clock, actor: requireActor(request), roundId: request.params.roundId, id: request.params.id });
    return reply.status(204).send();
  });
  route(app, c.getMyReview, async (request) => getMyReview({ db, clock, actor: requireActor(request), itemId: request.params.id }));
  route(app, c.saveMyReview, async (request) => saveMyReview({ db, clock, actor: requireActor(request), itemId: request.params.id, input: request.body }));
  route(app, c.submitMyReview, async (request) => submitMyReview({ db, clock, actor: requireActor(request), itemId: request.params.id, input: request.body }));
  route(app, c.getItemScores, async (request) => getItemScores({ db, clock, actor: requireActor(request), itemId: request.params.id }));
  route(app, c.saveAssessment, async (request) => assessItem({ db, clock, actor: requireActor(request), itemId: request.params.id, input: request.body }));
}
