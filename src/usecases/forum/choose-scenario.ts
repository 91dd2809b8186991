// The secretariat chooses the scenario the innstilling is drafted from (one per round). Refused until every
// application has what the partnership must be told: a reason when it is not prioritised or gets less than it
// asked, and a priority when it gets money; and, where the scheme funds no individual further education (Dekomp),
// until each application it would fund is checked for that. The refusal lists them (`details.gaps`), so the screen
// can point to each.
import { appendAudit } from '../../db/audit-repository.ts';
import { listApplicationChoices, listLines, markScenarioChosen } from '../../db/forum-allocation-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { allocationGaps } from '../../domain/forum/allocation.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadAllocation, loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function chooseScenario({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const { scenario, round } = await loadScenario(tx, id, 'update');
    assertCan(actor, 'edit', allocationResource(round));
    await checkAllocationOpen(tx, round.id);
    const loaded = await loadAllocation(tx, round);
    const lines = await listLines(tx, [scenario.id]);
    const choices = await listApplicationChoices(tx, [scenario.id]);
    const gaps = allocationGaps(loaded.applications, lines, choices, loaded.checklist);
    if (gaps.length > 0) throw new AppError('VALIDATION', msg('forum.allocation.cannotChoose', { count: gaps.length }), { details: { gaps } });
    const after = await markScenarioChosen(tx, { roundId: round.id, id: scenario.id, at: clock.now() });
    await appendAudit(tx, actor, { action: 'update', entityType: 'allocation-scenario', entityId: scenario.id, before: { chosen: scenario.chosen }, after: { chosen: true } });
    return { scenario: scenarioOut(after) };
  });
}
