// Two scenarios of the same round side by side (issue 13, point 4): per application what each proposes per year
// and the difference, and each one's totals against the frames.
import { listLines } from '../../db/forum-allocation-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { compareScenarios as compare } from '../../domain/forum/allocation-compare.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadAllocation, loadScenario } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, allocationRoundOut, loadFrameFacts, scenarioOut, totalsOf } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function compareScenarios({ db, actor, a, b }: UseCaseContext & { a: string | undefined; b: string | undefined }) {
  if (!a || !b) throw new AppError('VALIDATION', msg('forum.allocation.compareMissing'));
  const first = await loadScenario(db, a);
  assertCan(actor, 'read', allocationResource(first.round));
  const second = await loadScenario(db, b);
  assertCan(actor, 'read', allocationResource(second.round));
  if (first.round.id !== second.round.id) throw new AppError('VALIDATION', msg('forum.allocation.compareOtherRound'));

  const loaded = await loadAllocation(db, first.round);
  const facts = await loadFrameFacts(db, first.round);
  const lines = await listLines(db, [first.scenario.id, second.scenario.id]);
  const linesA = lines.filter((l) => l.scenarioId === first.scenario.id);
  const linesB = lines.filter((l) => l.scenarioId === second.scenario.id);
  const rows = compare(
    loaded.applications.map((x) => x.id),
    facts.years,
    linesA,
    linesB,
  );
  return {
    round: allocationRoundOut(first.round),
    a: scenarioOut(first.scenario),
    b: scenarioOut(second.scenario),
    years: facts.years,
    applications: rows.map((r) => ({ id: r.applicationId, partnershipName: loaded.applications.find((x) => x.id === r.applicationId)!.partnershipName, years: r.years })),
    totals: { a: totalsOf(loaded, facts, linesA), b: totalsOf(loaded, facts, linesB) },
  };
}
