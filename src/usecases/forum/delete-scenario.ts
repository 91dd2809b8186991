// The secretariat deletes a scenario it no longer needs — never the chosen one (the innstilling is drafted from
// it: choose another first), and none once the innstilling is adopted. Audited with its lines and choices.
import { appendAudit } from '../../db/audit-repository.ts';
import { deleteScenarioRow, listApplicationChoices, listLines } from '../../db/forum-allocation-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function deleteScenario({ db, actor, id }: UseCaseContext & { id: string }) {
  await db.transaction(async (tx) => {
    const { scenario, round } = await loadScenario(tx, id, 'update');
    assertCan(actor, 'edit', allocationResource(round));
    await checkAllocationOpen(tx, round.id);
    if (scenario.chosen) throw new AppError('CONFLICT', msg('forum.allocation.chosenCannotBeDeleted'));
    const lines = await listLines(tx, [scenario.id]);
    const choices = await listApplicationChoices(tx, [scenario.id]);
    await deleteScenarioRow(tx, scenario.id);
    await appendAudit(tx, actor, { action: 'delete', entityType: 'allocation-scenario', entityId: scenario.id, before: { ...scenarioOut(scenario), lines, choices }, after: null });
  });
}
