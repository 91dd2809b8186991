// The approved batch's file for the office's finance system, CSV or XLSX (issue 15, point 1; ADR 027): written from
// the approved items only, each with the account it was approved with. The first fetch marks the batch 'eksportert'
// (who and when; audited) — that is when its money left the office's hands; it may be fetched again (a lost download,
// a copy for the archive) without changing anything. The case officers only: the forum and partnerships see no file.
import { appendAudit } from '../../db/audit-repository.ts';
import { updatePaymentBatchIfUnchanged } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { asPaymentBatchState, nextPaymentBatchState } from '../../domain/utbetaling/payment-batch.ts';
import { PAYMENT_FILE_FORMATS, type TPaymentFileFormat } from '../../domain/utbetaling/payment-file-rows.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentFile } from '../../views/utbetaling/payment-file.ts';
import { paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function exportPaymentFile({ db, actor, clock, batchId, format }: UseCaseContext & { batchId: string; format: string }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'export', await paymentBatchResource(tx, batch));
    if (!(PAYMENT_FILE_FORMATS as readonly string[]).includes(format)) throw new AppError('VALIDATION', msg('utbetaling.batch.formatInvalid'));
    const state = nextPaymentBatchState(asPaymentBatchState(batch.state), 'export');
    if (batch.state !== state) {
      const at = clock.now();
      const saved = await updatePaymentBatchIfUnchanged(tx, { id: batch.id, fromState: batch.state, set: { state, exportedAt: at, exportedByName: actor.name }, at });
      if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));
      await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { state: batch.state }, after: { state, format } });
    }
    const { rows: _rows, ...file } = await paymentFile(tx, round, [batch.id], format as TPaymentFileFormat, batch.id.slice(0, 8));
    return file;
  });
}
