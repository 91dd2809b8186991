// The secretariat sets an application's priority in a scenario (null: not prioritised), the reason the
// partnership will read when it is not prioritised or gets less than it asked, and the scheme's checklist ("no
// individual further education", Dekomp). Reason and checklist may come later: the answer lists what is still
// missing, and only choosing the scenario for the innstilling requires it.
import { appendAudit } from '../../db/audit-repository.ts';
import { bumpScenarioIfUnchanged, listApplicationChoices, setApplicationChoice } from '../../db/forum-allocation-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZSetApplicationAllocation } from '../../domain/forum/allocation.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadAllocation, loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, allocationScreen } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function setApplicationAllocation({ db, actor, clock, id, applicationId, input }: UseCaseContext & { id: string; applicationId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { scenario, round } = await loadScenario(tx, id, 'update');
    assertCan(actor, 'edit', allocationResource(round));
    const data = parseInput(ZSetApplicationAllocation, input);
    await checkAllocationOpen(tx, round.id);
    const loaded = await loadAllocation(tx, round);
    if (!loaded.applications.some((a) => a.id === applicationId)) throw AppError.notFound(msg('forum.allocation.applicationNotInRound'));
    const after = await bumpScenarioIfUnchanged(tx, { id: scenario.id, expectedVersion: data.expectedVersion, at: clock.now() });
    if (!after) throw staleVersion(msg('forum.allocation.theScenario'));
    const before = (await listApplicationChoices(tx, [scenario.id])).find((c) => c.applicationId === applicationId) ?? null;
    // Absent: keep what is stored (a client that only sets priorities must not clear the checklist).
    const noIndividualEducation = data.noIndividualEducation === undefined ? (before?.noIndividualEducation ?? null) : data.noIndividualEducation;
    await setApplicationChoice(tx, { scenarioId: scenario.id, applicationId, priority: data.priority, reason: data.reason, noIndividualEducation });
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'allocation-application',
      entityId: `${scenario.id}:${applicationId}`,
      before: before && { priority: before.priority, reason: before.reason, noIndividualEducation: before.noIndividualEducation },
      after: { priority: data.priority, reason: data.reason, noIndividualEducation },
    });
    return allocationScreen(tx, actor, loaded, after);
  });
}
