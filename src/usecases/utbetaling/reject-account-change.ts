// A case officer refuses a changed account (issue 15 point 1, ADR 027; account-change.confirm, which decides either
// way): the money keeps the account the office last let through — the change's old one — though the register holds
// the new one (the org module's), until the organisation changes it again and a case officer confirms that.
import { appendAudit } from '../../db/audit-repository.ts';
import { decideAccountChange } from '../../db/account-change-repository.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZAccountChangeStepInput } from '../../domain/utbetaling/accounts-contract.ts';
import { loadWaitingAccountChange } from '../../loaders/utbetaling/load-account-change.ts';
import { accountChangeOut } from '../../views/utbetaling/account-change-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function rejectAccountChange({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion } = parseInput(ZAccountChangeStepInput, input);
  return db.transaction(async (tx) => {
    const change = await loadWaitingAccountChange(tx, actor, id, expectedVersion);
    const decided = await decideAccountChange(tx, { id: change.id, expectedVersion, state: 'avvist', userId: actor.userId, name: actor.name, at: clock.now() });
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'account-change',
      entityId: change.id,
      before: { state: change.state },
      after: { state: 'avvist', decidedByName: actor.name, oldKontonr: change.oldKontonr, newKontonr: change.newKontonr },
    });
    return { change: accountChangeOut(actor, { ...change, ...decided! }), linesMoved: 0, batches: [] };
  });
}
