// Thin HTTP layer over the utbetaling module's "batches" endpoints (src/domain/utbetaling/batch-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { batchContract as c } from '../../../domain/utbetaling/batch-contract.ts';
import { approvePaymentBatch } from '../../../usecases/utbetaling/approve-payment-batch.ts';
import { createPaymentBatch } from '../../../usecases/utbetaling/create-payment-batch.ts';
import { exportPaymentFile } from '../../../usecases/utbetaling/export-payment-file.ts';
import { getPaymentBatch } from '../../../usecases/utbetaling/get-payment-batch.ts';
import { listPaymentBatches } from '../../../usecases/utbetaling/list-payment-batches.ts';
import { markPaymentBatchPaid } from '../../../usecases/utbetaling/mark-payment-batch-paid.ts';
import { returnPaymentBatch } from '../../../usecases/utbetaling/return-payment-batch.ts';
import { submitPaymentBatch } from '../../../usecases/utbetaling/submit-payment-batch.ts';
import { updatePaymentBatch } from '../../../usecases/utbetaling/update-payment-batch.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerBatchRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock, config } = deps;
  route(app, c.listPaymentBatches, async (request) => listPaymentBatches({ db, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.createPaymentBatch, async (request) => createPaymentBatch({ db, clock, actor: requireActor(request), roundId: request.params.roundId, input: request.body }));
  route(app, c.getPaymentBatch, async (request) => getPaymentBatch({ db, actor: requireActor(request), batchId: request.params.id }));
  route(app, c.updatePaymentBatch, async (request) => updatePaymentBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.submitPaymentBatch, async (request) => submitPaymentBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.approvePaymentBatch, async (request) => approvePaymentBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.returnPaymentBatch, async (request) => returnPaymentBatch({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body }));
  route(app, c.getPaymentFile, async (request, reply) =>
    sendFile(reply, await exportPaymentFile({ db, clock, actor: requireActor(request), batchId: request.params.id, format: request.query.format ?? '' })),
  );
  route(app, c.markPaymentBatchPaid, async (request) =>
    markPaymentBatchPaid({ db, clock, actor: requireActor(request), batchId: request.params.id, input: request.body, publicUrl: config.publicUrl }),
  );
}
