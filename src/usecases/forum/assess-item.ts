// The secretariat writes the forum's assessment of the application on an item (issue 13, point 3): what the forum
// found, in words the partnership will read at adoption (F5 shows it then). Not after the item is decided: the
// assessment is part of what the forum adopted.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateAssessmentIfUnchanged } from '../../db/forum-review-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZAssessmentInput } from '../../domain/forum/review-contract.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { loadItem } from '../../loaders/forum/load-item.ts';
import type { UseCaseContext } from '../context.ts';
import { assertUndecided, itemRound } from '../../loaders/forum/review-support.ts';

export async function assessItem({ db, actor, itemId, input }: UseCaseContext & { itemId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { item, facts } = await loadItem(tx, itemId);
    assertCan(actor, 'assess', facts.resource);
    const { assessment, expectedVersion } = parseInput(ZAssessmentInput, input);
    await itemRound(tx, item);
    assertUndecided(item);
    const updated = await updateAssessmentIfUnchanged(tx, { itemId: item.id, expectedVersion, assessment });
    if (!updated) throw staleVersion(msg('forum.theAssessment'));
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'forum-item-assessment',
      entityId: item.id,
      before: { assessment: item.assessment, version: item.version },
      after: { assessment: updated.assessment, version: updated.version },
    });
    return { itemId: updated.id, assessment: updated.assessment, version: updated.version };
  });
}
