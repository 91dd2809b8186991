// A case officer lets a changed account reach money (issue 15 point 1, ADR 027; account-change.confirm). In one
// transaction: the change is confirmed; the organisation's approved lines not paid in full take the new account
// (flagged anew against the application's); the items of batches not yet exported that hold them take it too; and
// such a batch that was sent for approval or approved goes back to 'utkast' with a message saying why — the
// budsjettdisponent must approve the new account. The change is audited with the lines it moved, each batch sent
// back on its own row.
import { appendAudit } from '../../db/audit-repository.ts';
import { decideAccountChange } from '../../db/account-change-repository.ts';
import { openBatchesHolding, sendBatchBackToDraft, setItemsKontonr, setLineKontonr, unpaidApprovedLinesOf } from '../../db/payment-line-repository.ts';
import { formatKontonr } from '../../domain/shared/fields.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZAccountChangeStepInput } from '../../domain/utbetaling/accounts-contract.ts';
import { kontonrDiffers } from '../../domain/utbetaling/payment-plan.ts';
import { loadWaitingAccountChange } from '../../loaders/utbetaling/load-account-change.ts';
import { accountChangeOut } from '../../views/utbetaling/account-change-view.ts';
import type { UseCaseContext } from '../context.ts';

/** Batches in these states were checked against the old account: they need a new approval. */
const NEEDS_NEW_APPROVAL = new Set(['til-godkjenning', 'godkjent']);

export async function confirmAccountChange({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion } = parseInput(ZAccountChangeStepInput, input);
  return db.transaction(async (tx) => {
    const change = await loadWaitingAccountChange(tx, actor, id, expectedVersion);
    const at = clock.now();
    const decided = await decideAccountChange(tx, { id: change.id, expectedVersion, state: 'bekreftet', userId: actor.userId, name: actor.name, at });
    const lines = await unpaidApprovedLinesOf(tx, change.organisationId);
    for (const l of lines) await setLineKontonr(tx, { id: l.id, kontonr: change.newKontonr, kontonrDiffers: kontonrDiffers(change.newKontonr, l.applicationKontonr), at });
    const lineIds = lines.map((l) => l.id);
    const batches = await openBatchesHolding(tx, lineIds);
    await setItemsKontonr(tx, { batchIds: batches.map((b) => b.id), lineIds, kontonr: change.newKontonr });
    // Stored as text the office's pages show as it stands (Bokmål, the office's language), like an approver's message.
    const account = (k: string | null) => (k ? formatKontonr(k) : renderIn('nb', msg('utbetaling.plan.noAccountText')));
    const message = renderIn('nb', msg('utbetaling.plan.accountChanged', { name: change.organisationName, old: account(change.oldKontonr), new: account(change.newKontonr), by: actor.name }));
    const outcome = [];
    for (const b of batches) {
      const back = NEEDS_NEW_APPROVAL.has(b.state);
      if (back) await sendBatchBackToDraft(tx, { id: b.id, message, at });
      outcome.push({ id: b.id, stateBefore: b.state, state: back ? 'utkast' : b.state });
      await appendAudit(tx, actor, {
        action: 'update',
        entityType: 'payment-batch',
        entityId: b.id,
        before: { state: b.state },
        after: { state: back ? 'utkast' : b.state, returnMessage: back ? message : b.returnMessage, accountChangeId: change.id, kontonr: change.newKontonr },
      });
    }
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'account-change',
      entityId: change.id,
      before: { state: change.state },
      after: { state: 'bekreftet', decidedByName: actor.name, oldKontonr: change.oldKontonr, newKontonr: change.newKontonr, lineIds, batchIds: outcome.map((b) => b.id) },
    });
    return { change: accountChangeOut(actor, { ...change, ...decided! }), linesMoved: lines.length, batches: outcome };
  });
}
