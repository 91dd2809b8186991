// The secretariat changes a criterion's title or description (issue 13, point 3). Allowed after members have scored
// it: a clearer wording does not change what was scored, and the audit keeps the old one. Last write wins (the table
// has no version; the secretariat edits the list together, rarely at once).
import { appendAudit } from '../../db/audit-repository.ts';
import { findCriterion, updateCriterion as updateCriterionRow } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZCriterionInput } from '../../domain/forum/criteria.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';
import { criterionOut } from '../../loaders/forum/review-support.ts';

export async function updateCriterion({ db, actor, roundId, id, input }: UseCaseContext & { roundId: string; id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'edit-criteria', { type: 'forum', officeId: round.officeId });
    const values = parseInput(ZCriterionInput, input);
    const before = await findCriterion(tx, id);
    if (!before || before.roundId !== round.id) throw AppError.notFound(msg('forum.criterionNotFound'));
    const after = await updateCriterionRow(tx, id, values);
    await appendAudit(tx, actor, { action: 'update', entityType: 'forum-criterion', entityId: id, before, after });
    return { criterion: criterionOut(after!) };
  });
}
