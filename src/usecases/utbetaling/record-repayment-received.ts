// A repayment coming in on a claim (partnership-money.record-received): its Oslo date and amount. Part payments are
// allowed and add up; the claim turns 'mottatt' when the whole amount is in, and more than is outstanding is refused
// (unused-funds.ts receiptOutcome). Audited in the same transaction, one row per payment recorded.
import { appendAudit } from '../../db/audit-repository.ts';
import { updateUnusedFundsIfUnchanged } from '../../db/unused-funds-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { formatKr } from '../../domain/shared/money.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { receiptOutcome, ZRepaymentReceivedInput } from '../../domain/utbetaling/unused-funds.ts';
import { loadUnusedFunds, unusedFundsAnswer } from '../../loaders/utbetaling/load-unused-funds.ts';
import type { UseCaseContext } from '../context.ts';

export async function recordRepaymentReceived({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { row, ctx, resource } = await loadUnusedFunds(tx, actor, id, 'record-received', 'update');
    const values = parseInput(ZRepaymentReceivedInput, input);
    if (row.version !== values.expectedVersion) throw staleVersion(msg('utbetaling.unused.theUnusedFunds'));
    const outcome = receiptOutcome({ state: row.state, amountKr: row.amountKr, receivedKr: row.receivedKr, incomingKr: values.amountKr });
    if (!outcome.ok) {
      if (outcome.code === 'not-claimed') throw new AppError('CONFLICT', msg('utbetaling.unused.notClaimed'));
      const message = msg('utbetaling.unused.aboveOutstanding', { rest: formatKr(outcome.outstandingKr) });
      throw new AppError('VALIDATION', message, { fieldErrors: [{ field: 'amountKr', message }] });
    }
    const changes = { state: outcome.state, receivedKr: outcome.receivedKr, receivedOnLocal: values.receivedOnLocal, receivedByName: actor.name };
    const after = await updateUnusedFundsIfUnchanged(tx, { id: row.id, expectedVersion: row.version, at: clock.now(), changes });
    if (!after) throw staleVersion(msg('utbetaling.unused.theUnusedFunds'));
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'unused-funds',
      entityId: row.id,
      before: { state: row.state, receivedKr: row.receivedKr, version: row.version },
      after: { ...changes, paymentKr: values.amountKr, version: after.version },
    });
    return { unused: await unusedFundsAnswer(tx, actor, after, ctx, resource) };
  });
}
