// The allocation screen of one scenario (issue 13, point 4): every application and part with what it asks and
// what the scenario proposes per year, the totals against the frames and earlier promises, the scheme's co-funding
// rule and what must still be explained. For the secretariat, the forum's members and the office's readers.
import { assertCan } from '../../domain/access/policy.ts';
import { loadAllocation, loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, allocationScreen } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getScenario({ db, actor, id }: UseCaseContext & { id: string }) {
  const { scenario, round } = await loadScenario(db, id);
  assertCan(actor, 'read', allocationResource(round));
  return allocationScreen(db, actor, await loadAllocation(db, round), scenario);
}
