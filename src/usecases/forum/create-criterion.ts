// The secretariat adds a criterion at the end of a round's list (issue 13, point 3). The defaults are seeded first,
// so adding to an untouched round adds to them rather than replacing them.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertCriteria, lockRound } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZCriterionInput } from '../../domain/forum/criteria.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';
import { criterionOut, ensureCriteria } from '../../loaders/forum/review-support.ts';

export async function createCriterion({ db, actor, roundId, input }: UseCaseContext & { roundId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'edit-criteria', { type: 'forum', officeId: round.officeId });
    const values = parseInput(ZCriterionInput, input);
    await lockRound(tx, round.id);
    await ensureCriteria(tx, round.id);
    const [created] = await insertCriteria(tx, round.id, [values]);
    await appendAudit(tx, actor, { action: 'create', entityType: 'forum-criterion', entityId: created!.id, before: null, after: created });
    return { criterion: criterionOut(created!) };
  });
}
