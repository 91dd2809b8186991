// A round's criteria as the forum weighs its applications by them (issue 13, point 3): the secretariat, the members
// and the office's readers see them; the first reader finds them seeded from the defaults.
import { assertCan, can } from '../../domain/access/policy.ts';
import type { ForumResource } from '../../domain/forum/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';
import { criterionOut, ensureCriteria } from '../../loaders/forum/review-support.ts';

export async function listCriteria({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    const forum: ForumResource = { type: 'forum', officeId: round.officeId };
    assertCan(actor, 'read', forum);
    const criteria = await ensureCriteria(tx, round.id);
    return { criteria: criteria.map(criterionOut), mayEdit: can(actor, 'edit-criteria', forum) };
  });
}
