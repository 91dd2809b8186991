// Opens a round (utlysning) for an office × scheme × year: the office's saksbehandler enters the deadline, the
// case numbers from the archive and the guidance (the budget frame is the office's, set on the frames page).
import { insertRound, replaceRoundCases } from '../../db/behovsmelding-round-repository.ts';
import { appendAudit } from '../../db/audit-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZRoundInput } from '../../domain/behovsmelding/round.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import type { UseCaseContext } from '../context.ts';
import { checkRoundInput } from '../../checks/behovsmelding/check-round-input.ts';
import { roundDetailOut, roundSnapshot } from '../../views/behovsmelding/round-view.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

export async function createRound({ db, actor, clock, input }: UseCaseContext & { input: unknown }) {
  const data = parseInput(ZRoundInput, input);
  assertCan(actor, 'open', { type: 'behovsmelding-round', officeId: data.officeId });
  return db.transaction(async (tx) => {
    await checkRoundInput(tx, data, null);
    const { caseNumbers, ...row } = data;
    const created = await insertRound(tx, row)
      .catch(uniqueViolation('year', `Det finnes allerede en utlysning for denne ordningen i ${data.year} hos embetet`));
    await replaceRoundCases(tx, created.id, caseNumbers);
    const round = await loadRound(tx, created.id);
    await appendAudit(tx, actor, { action: 'create', entityType: 'behovsmelding-round', entityId: round.id, before: null, after: roundSnapshot(round) });
    return roundDetailOut(tx, actor, round, clock);
  });
}
