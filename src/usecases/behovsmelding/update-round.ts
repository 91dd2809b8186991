// Changes a round: its time window, case numbers and guidance. Moving it to another office needs the right
// there too.
import { appendAudit } from '../../db/audit-repository.ts';
import { replaceRoundCases, updateRoundIfUnchanged } from '../../db/behovsmelding-round-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRoundUpdate } from '../../domain/behovsmelding/round.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import type { UseCaseContext } from '../context.ts';
import { checkRoundInput } from '../../checks/behovsmelding/check-round-input.ts';
import { roundDetailOut, roundSnapshot } from '../../views/behovsmelding/round-view.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

export async function updateRound({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, caseNumbers, ...row } = parseInput(ZRoundUpdate, input);
  return db.transaction(async (tx) => {
    const before = await loadRound(tx, id);
    assertCan(actor, 'edit', { type: 'behovsmelding-round', officeId: before.officeId });
    if (row.officeId !== before.officeId) assertCan(actor, 'edit', { type: 'behovsmelding-round', officeId: row.officeId });
    await checkRoundInput(tx, { ...row, caseNumbers }, id);
    const updated = await updateRoundIfUnchanged(tx, { id, expectedVersion, values: row, at: clock.now() })
      .catch(uniqueViolation('year', `Det finnes allerede en utlysning for denne ordningen i ${row.year} hos embetet`));
    if (!updated) throw staleVersion('utlysningen');
    await replaceRoundCases(tx, id, caseNumbers);
    const after = await loadRound(tx, id);
    await appendAudit(tx, actor, { action: 'update', entityType: 'behovsmelding-round', entityId: id, before: roundSnapshot(before), after: roundSnapshot(after) });
    return roundDetailOut(tx, actor, after, clock);
  });
}
