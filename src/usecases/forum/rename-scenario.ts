// The secretariat renames a scenario (names are unique within the round), with the version it started from.
import { appendAudit } from '../../db/audit-repository.ts';
import { renameScenarioIfUnchanged } from '../../db/forum-allocation-repository.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRenameScenario } from '../../domain/forum/allocation.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function renameScenario({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { scenario: before, round } = await loadScenario(tx, id);
    assertCan(actor, 'edit', allocationResource(round));
    const data = parseInput(ZRenameScenario, input);
    await checkAllocationOpen(tx, round.id);
    const after = await renameScenarioIfUnchanged(tx, { id: before.id, expectedVersion: data.expectedVersion, name: data.name, at: clock.now() }).catch(
      uniqueViolation('name', msg('forum.allocation.nameTaken')),
    );
    if (!after) throw staleVersion(msg('forum.allocation.theScenario'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'allocation-scenario', entityId: after.id, before: { name: before.name }, after: { name: after.name } });
    return { scenario: scenarioOut(after) };
  });
}
