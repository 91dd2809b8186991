// The secretariat copies a scenario — amounts, priorities and reasons — under a new name, to try another split
// without losing the first (the forum compares them side by side).
import { appendAudit } from '../../db/audit-repository.ts';
import { copyScenarioContents, insertScenario } from '../../db/forum-allocation-repository.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZCopyScenario } from '../../domain/forum/allocation.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function copyScenario({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { scenario: from, round } = await loadScenario(tx, id);
    assertCan(actor, 'edit', allocationResource(round));
    const data = parseInput(ZCopyScenario, input);
    await checkAllocationOpen(tx, round.id);
    const scenario = await insertScenario(tx, { roundId: round.id, name: data.name, createdByName: actor.name }).catch(
      uniqueViolation('name', msg('forum.allocation.nameTaken')),
    );
    await copyScenarioContents(tx, from.id, scenario.id);
    await appendAudit(tx, actor, { action: 'create', entityType: 'allocation-scenario', entityId: scenario.id, before: null, after: { ...scenarioOut(scenario), copiedFrom: from.id } });
    return { scenario: scenarioOut(scenario) };
  });
}
