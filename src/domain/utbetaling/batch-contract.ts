// The utbetaling module's API, part "batches" (issue 15, point 1; ADR 027): a case officer makes a payment batch of
// approved plan lines (or parts of them), changes it while it is a draft and sends it for approval; a
// budsjettdisponent who had no hand in it approves it or sends it back; the approved batch is written to the finance
// system's file (CSV or XLSX) and later marked paid with its Oslo date. Every answer says what the actor may do.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { PAYMENT_BATCH_STATES } from './payment-batch.ts';
import { PAYMENT_BATCH_VERBS, UTBETALING_VERBS } from './policy.ts';
import { PAYMENT_FILE_FORMATS } from './payment-file-rows.ts';

/** One line in a batch; no amount: the line's payable rest (the whole of what remains). */
export const ZPaymentItemInput = z.strictObject({ lineId: z.string().max(100), amountKr: z.number().optional() });
export const ZCreatePaymentBatchInput = z.strictObject({ items: z.array(ZPaymentItemInput).max(1000) });
export const ZUpdatePaymentBatchInput = z.strictObject({ expectedVersion: z.number().int(), items: z.array(ZPaymentItemInput).max(1000) });
export const ZPaymentBatchStepInput = z.strictObject({ expectedVersion: z.number().int() });
export const ZReturnPaymentBatchInput = z.strictObject({ expectedVersion: z.number().int(), message: z.string().max(5_000) });
/** The Oslo date the finance system paid the batch (`YYYY-MM-DD`; checked by paidOnValid so the message names it). */
export const ZMarkPaymentBatchPaidInput = z.strictObject({ expectedVersion: z.number().int(), paidOnLocal: z.string().max(20) });

export const ZPaymentItemOut = z.strictObject({
  lineId: z.string(),
  year: z.number(),
  recipient: z.string(),
  recipientOrgId: z.string(),
  orgName: z.string(),
  orgnr: z.string().nullable(),
  /** The approved account the file pays to. */
  kontonr: z.string().nullable(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  /** The decision's document number (the file's dokumentnummer). */
  documentNumber: z.string().nullable(),
  amountKr: z.number(),
});

export const ZPaymentBatchOut = z.strictObject({
  id: z.string(),
  roundId: z.string(),
  state: z.enum(PAYMENT_BATCH_STATES),
  version: z.number(),
  preparedByName: z.string(),
  createdAt: zInstant,
  submittedAt: zInstant.nullable(),
  submittedByName: z.string().nullable(),
  approvedAt: zInstant.nullable(),
  approvedByName: z.string().nullable(),
  /** Why it went back to draft: the approver's message, or an account change that needs a new approval. */
  returnMessage: z.string().nullable(),
  exportedAt: zInstant.nullable(),
  exportedByName: z.string().nullable(),
  paidOnLocal: z.string().nullable(),
  paidMarkedByName: z.string().nullable(),
  itemCount: z.number(),
  totalKr: z.number(),
  /** What the actor may do with this batch now (approve and return are personal: never one who prepared it). */
  allowed: z.array(z.enum(PAYMENT_BATCH_VERBS)),
});

/** A plan line a new batch may take, with what remains of it. */
export const ZPayableLineOut = z.strictObject({
  lineId: z.string(),
  label: z.string(),
  year: z.number(),
  kind: z.string(),
  amountKr: z.number(),
  offsetKr: z.number(),
  paidKr: z.number(),
  inBatchesKr: z.number(),
  payableRestKr: z.number(),
  /** Why it cannot go into a batch now, in Norwegian; null when it can. */
  blockedReason: z.string().nullable(),
});

export const ZRoundPaymentBatchesAnswer = z.strictObject({
  round: z.strictObject({ id: z.string(), title: z.string(), year: z.number(), officeId: z.string(), officeName: z.string() }),
  /** What the actor may do with the round's money (prepare-batch …). */
  allowed: z.array(z.enum(UTBETALING_VERBS)),
  batches: z.array(ZPaymentBatchOut),
  lines: z.array(ZPayableLineOut),
});
export type RoundPaymentBatchesAnswer = z.output<typeof ZRoundPaymentBatchesAnswer>;

export const ZPaymentBatchDetail = z.strictObject({
  round: z.strictObject({ id: z.string(), title: z.string(), year: z.number(), officeName: z.string() }),
  batch: ZPaymentBatchOut,
  items: z.array(ZPaymentItemOut),
});
export type PaymentBatchDetail = z.output<typeof ZPaymentBatchDetail>;

const ZRoundParams = z.strictObject({ roundId: z.string() });
const ZIdParams = z.strictObject({ id: z.string() });
const readers = 'kontorets saksbehandlere, budsjettdisponenter og lesere (ikke forumet eller partnerskapene)';
const caseOfficers = 'kontorets saksbehandlere';
const approver = 'en budsjettdisponent ved kontoret som verken laget, endret eller sendte utbetalingen til godkjenning; aldri admin';

export const batchContract = {
  listPaymentBatches: endpoint({
    method: 'GET',
    path: '/api/utbetaling/rounds/:roundId/batches',
    summary: 'Utlysningens utbetalinger med status og sum, og planlinjene som kan utbetales med det som gjenstår',
    access: readers,
    params: ZRoundParams,
    response: ZRoundPaymentBatchesAnswer,
  }),
  createPaymentBatch: endpoint({
    method: 'POST',
    path: '/api/utbetaling/rounds/:roundId/batches',
    summary: 'Lager en utbetaling av godkjente planlinjer; uten beløp utbetales det som gjenstår av linjen (delutbetaling med beløp)',
    access: caseOfficers,
    params: ZRoundParams,
    body: ZCreatePaymentBatchInput,
    status: 201,
    response: ZPaymentBatchDetail,
  }),
  getPaymentBatch: endpoint({
    method: 'GET',
    path: '/api/utbetaling/batches/:id',
    summary: 'En utbetaling med linjer, kontonummer, sum, status og hva brukeren kan gjøre',
    access: readers,
    params: ZIdParams,
    response: ZPaymentBatchDetail,
  }),
  updatePaymentBatch: endpoint({
    method: 'PUT',
    path: '/api/utbetaling/batches/:id',
    summary: 'Endrer linjene og beløpene i en utbetaling mens den er under arbeid',
    access: caseOfficers,
    params: ZIdParams,
    body: ZUpdatePaymentBatchInput,
    response: ZPaymentBatchDetail,
  }),
  submitPaymentBatch: endpoint({
    method: 'POST',
    path: '/api/utbetaling/batches/:id/submit',
    summary: 'Sender en utbetaling til godkjenning hos en budsjettdisponent',
    access: caseOfficers,
    params: ZIdParams,
    body: ZPaymentBatchStepInput,
    response: ZPaymentBatchDetail,
  }),
  approvePaymentBatch: endpoint({
    method: 'POST',
    path: '/api/utbetaling/batches/:id/approve',
    summary: 'Godkjenner en utbetaling (budsjettdisponering); deretter kan utbetalingsfilen lages',
    access: approver,
    params: ZIdParams,
    body: ZPaymentBatchStepInput,
    response: ZPaymentBatchDetail,
  }),
  returnPaymentBatch: endpoint({
    method: 'POST',
    path: '/api/utbetaling/batches/:id/return',
    summary: 'Sender en utbetaling tilbake til saksbehandlerne med en melding',
    access: approver,
    params: ZIdParams,
    body: ZReturnPaymentBatchInput,
    response: ZPaymentBatchDetail,
  }),
  getPaymentFile: endpoint({
    method: 'GET',
    path: '/api/utbetaling/batches/:id/file',
    summary: 'Utbetalingsfilen til økonomisystemet (CSV eller XLSX) for en godkjent utbetaling; første gang merkes den eksportert',
    access: caseOfficers,
    params: ZIdParams,
    query: z.strictObject({ format: z.enum(PAYMENT_FILE_FORMATS) }),
    response: null,
    produces: 'application/octet-stream',
  }),
  markPaymentBatchPaid: endpoint({
    method: 'POST',
    path: '/api/utbetaling/batches/:id/paid',
    summary: 'Fører datoen økonomisystemet betalte utbetalingen, og sender betalingsvarsel på e-post til hver mottaker',
    access: caseOfficers,
    params: ZIdParams,
    body: ZMarkPaymentBatchPaidInput,
    response: ZPaymentBatchDetail,
  }),
} as const;
