// The secretariat sets proposed amounts in a scenario (issue 13, point 4): per application, part, year and
// recipient — the owner side or one UH institution, so a part's UH amount can be split between institutions. All
// lines or none: a part of another office, a UH outside the partnership, a year outside the round's three or an
// amount that is not whole kroner refuses the whole request. Answers with the allocation screen, so the totals
// against the frame and the missing reasons stay live.
import { appendAudit } from '../../db/audit-repository.ts';
import { bumpScenarioIfUnchanged, listLines, setLines } from '../../db/forum-allocation-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { lineErrors, lineKey, ZSetLines } from '../../domain/forum/allocation.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadAllocation, loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, allocationScreen } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function setAllocationLines({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { scenario, round } = await loadScenario(tx, id, 'update');
    assertCan(actor, 'edit', allocationResource(round));
    const data = parseInput(ZSetLines, input);
    await checkAllocationOpen(tx, round.id);
    const loaded = await loadAllocation(tx, round);
    const errors = lineErrors(data.lines, { roundYear: round.year, applications: loaded.applications, officeName: loaded.officeName });
    if (errors.length > 0) throw validationError(errors);
    const after = await bumpScenarioIfUnchanged(tx, { id: scenario.id, expectedVersion: data.expectedVersion, at: clock.now() });
    if (!after) throw staleVersion(msg('forum.allocation.theScenario'));
    const changed = new Set(data.lines.map(lineKey));
    const before = (await listLines(tx, [scenario.id])).filter((l) => changed.has(lineKey(l)));
    await setLines(tx, scenario.id, data.lines);
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'allocation-scenario',
      entityId: scenario.id,
      before: { lines: before.map(({ scenarioId: _s, ...l }) => l) },
      after: { lines: data.lines },
    });
    return allocationScreen(tx, actor, loaded, after);
  });
}
