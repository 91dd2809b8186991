// A round's allocation scenarios, and which one is chosen for the innstilling (issue 13, point 4): for the
// secretariat, the forum's members and the office's readers.
import { listScenarioRows } from '../../db/forum-allocation-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { allocationResource, allocationRoundOut, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listScenarios({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  const resource = allocationResource(round);
  assertCan(actor, 'read', resource);
  const scenarios = await listScenarioRows(db, round.id);
  return { round: allocationRoundOut(round), allowed: allowedVerbs(actor, resource), scenarios: scenarios.map(scenarioOut) };
}
