// The secretariat starts a named allocation scenario for a round: empty, or "as asked" — every part of this office
// gets what it asks in the round's years, the UH amount to its first institution for the secretariat to split.
// Audited with the lines it starts with.
import { appendAudit } from '../../db/audit-repository.ts';
import { insertLines, insertScenario } from '../../db/forum-allocation-repository.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { linesAsAsked, ZCreateScenario } from '../../domain/forum/allocation.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { checkAllocationOpen } from '../../checks/forum/check-allocation-open.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadAllocation } from '../../loaders/forum/load-allocation.ts';
import { allocationResource, scenarioOut } from '../../views/forum/allocation-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function createScenario({ db, actor, roundId, input }: UseCaseContext & { roundId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'edit', allocationResource(round));
    const data = parseInput(ZCreateScenario, input);
    await checkAllocationOpen(tx, round.id);
    const scenario = await insertScenario(tx, { roundId: round.id, name: data.name, createdByName: actor.name }).catch(
      uniqueViolation('name', msg('forum.allocation.nameTaken')),
    );
    const lines = data.from === 'asked' ? linesAsAsked((await loadAllocation(tx, round)).applications, round.year) : [];
    await insertLines(tx, scenario.id, lines);
    await appendAudit(tx, actor, { action: 'create', entityType: 'allocation-scenario', entityId: scenario.id, before: null, after: { ...scenarioOut(scenario), from: data.from, lines } });
    return { scenario: scenarioOut(scenario) };
  });
}
