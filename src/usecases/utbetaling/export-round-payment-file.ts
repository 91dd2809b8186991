// The round's approved payment file (the CLI's `payments --round`): the items of every batch of the round that is
// approved ('godkjent') or already written ('eksportert'), in one CSV or XLSX. Batches that reach a file here are
// marked 'eksportert' as the batch's own download marks them (audited), so the office sees which money has left.
// None approved: refused with a Norwegian message, so the CLI exits with an error rather than write an empty file.
import { appendAudit } from '../../db/audit-repository.ts';
import { listRoundPaymentBatches, updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { PAYMENT_FILE_FORMATS, type TPaymentFileFormat } from '../../domain/utbetaling/payment-file-rows.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { paymentFile } from '../../views/utbetaling/payment-file.ts';
import { paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function exportRoundPaymentFile({ db, actor, clock, roundId, format }: UseCaseContext & { roundId: string; format: string }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'read', { type: 'utbetaling', officeId: round.officeId });
    if (!(PAYMENT_FILE_FORMATS as readonly string[]).includes(format)) throw new AppError('VALIDATION', msg('utbetaling.batch.formatInvalid'));
    const batches = (await listRoundPaymentBatches(tx, round.id)).filter((b) => b.state === 'godkjent' || b.state === 'eksportert');
    if (batches.length === 0) throw new AppError('NOT_FOUND', msg('utbetaling.batch.noApprovedFile'));
    const at = clock.now();
    for (const b of batches) {
      assertCan(actor, 'export', await paymentBatchResource(tx, b));
      if (b.state !== 'godkjent') continue;
      await updatePaymentBatchIfUnchanged(tx, { id: b.id, fromState: b.state, set: { state: 'eksportert', exportedAt: at, exportedByName: actor.name }, at });
      await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: b.id, before: { state: b.state }, after: { state: 'eksportert', format } });
    }
    const { rows, ...file } = await paymentFile(tx, round, batches.map((b) => b.id), format as TPaymentFileFormat, 'godkjent');
    return { ...file, rowCount: rows.length, batchCount: batches.length };
  });
}
