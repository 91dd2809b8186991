// The tilsagn module's API, part "vedtak" (issue 14, point 1; ADR 026): preparing a round's decisions from the
// adopted innstilling, editing them while their approval list is a draft, sending the list for approval, approving
// or returning it (a budsjettdisponent who had no hand in it), amending an issued decision (endringsvedtak), and the
// round's decisions as the office sees them, with what the actor may do.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { PIPELINE_STAGES } from './pipeline.ts';
import { TILSAGN_VERBS, VEDTAK_BATCH_VERBS } from './policy.ts';
import { BATCH_KINDS, BATCH_STATES } from './vedtak-batch.ts';
import { LINE_RECIPIENTS, VEDTAK_KINDS, ZLineInput } from './vedtak.ts';

const ZText = z.string().max(20_000);

export const ZUpdateVedtakInput = z.strictObject({
  expectedVersion: z.number().int(),
  kind: z.enum(VEDTAK_KINDS),
  lines: z.array(ZLineInput).max(200),
  reasons: ZText,
  deviationReason: ZText.nullable(),
});
export const ZBatchStepInput = z.strictObject({ expectedVersion: z.number().int() });
export const ZReturnBatchInput = z.strictObject({ expectedVersion: z.number().int(), message: z.string().max(5_000) });

export const ZVedtakLineOut = z.strictObject({
  year: z.number(),
  recipient: z.enum(LINE_RECIPIENTS),
  recipientOrgId: z.string(),
  recipientName: z.string(),
  amountKr: z.number(),
  conditional: z.boolean(),
});

export const ZVedtakOut = z.strictObject({
  id: z.string(),
  applicationId: z.string(),
  partnershipName: z.string(),
  kind: z.enum(VEDTAK_KINDS),
  amendsId: z.string().nullable(),
  supersededById: z.string().nullable(),
  reasons: z.string(),
  deviationReason: z.string().nullable(),
  /** Says otherwise than the forum's innstilling (kind or lines). */
  deviates: z.boolean(),
  /** What the innstilling recommended: its kind and kroner (all years). */
  recommended: z.strictObject({ kind: z.enum(VEDTAK_KINDS), totalKr: z.number() }).nullable(),
  preparedByName: z.string(),
  preparedAt: zInstant,
  documentNumber: z.string().nullable(),
  stage: z.enum(PIPELINE_STAGES),
  version: z.number(),
  totalKr: z.number(),
  lines: z.array(ZVedtakLineOut),
});
export type VedtakOut = z.output<typeof ZVedtakOut>;

export const ZVedtakBatchOut = z.strictObject({
  id: z.string(),
  kind: z.enum(BATCH_KINDS),
  state: z.enum(BATCH_STATES),
  version: z.number(),
  submittedAt: zInstant.nullable(),
  submittedByName: z.string().nullable(),
  approvedAt: zInstant.nullable(),
  approvedByName: z.string().nullable(),
  returnMessage: z.string().nullable(),
  issuedAt: zInstant.nullable(),
  issuedByName: z.string().nullable(),
  /** What the actor may do with this list (approve and return are personal: never the one who prepared it). */
  allowed: z.array(z.enum(VEDTAK_BATCH_VERBS)),
  decisions: z.array(ZVedtakOut),
});
export type VedtakBatchOut = z.output<typeof ZVedtakBatchOut>;

export const ZRoundVedtakAnswer = z.strictObject({
  round: z.strictObject({ id: z.string(), title: z.string(), year: z.number(), officeId: z.string(), officeName: z.string(), innstillingAdopted: z.boolean() }),
  /** What the actor may do with the round's decisions as a whole (prepare, issue …). */
  allowed: z.array(z.enum(TILSAGN_VERBS)),
  batches: z.array(ZVedtakBatchOut),
});
export type RoundVedtakAnswer = z.output<typeof ZRoundVedtakAnswer>;

/** A round's decisions in short: not prepared yet, or its first list's state, with counts. */
export const ROUND_DECISION_STATES = ['ikke-forberedt', ...BATCH_STATES] as const;
export const ZTilsagnRound = z.strictObject({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  adoptedAt: zInstant.nullable(),
  decisionState: z.enum(ROUND_DECISION_STATES),
  tilsagnCount: z.number(),
  avslagCount: z.number(),
  acceptedCount: z.number(),
});

const ZRoundParams = z.strictObject({ roundId: z.string() });
const ZIdParams = z.strictObject({ id: z.string() });
const office = 'kontorets saksbehandlere, budsjettdisponenter, samarbeidsforum og lesere';
const approver = 'en budsjettdisponent ved kontoret som verken forberedte noen av vedtakene eller sendte listen til godkjenning; aldri admin';

export const vedtakContract = {
  listTilsagnRounds: endpoint({
    method: 'GET',
    path: '/api/tilsagn/offices/:officeId/rounds',
    summary: 'Kontorets utlysninger med vedtatt innstilling, og hvor langt vedtakene er kommet',
    access: office,
    params: z.strictObject({ officeId: z.string() }),
    response: z.strictObject({ rounds: z.array(ZTilsagnRound) }),
  }),
  getRoundVedtak: endpoint({
    method: 'GET',
    path: '/api/tilsagn/rounds/:roundId/vedtak',
    summary: 'Utlysningens vedtakslister og vedtak med beløp per år og mottaker, status og hva brukeren kan gjøre',
    access: office,
    params: ZRoundParams,
    response: ZRoundVedtakAnswer,
  }),
  prepareRoundVedtak: endpoint({
    method: 'POST',
    path: '/api/tilsagn/rounds/:roundId/vedtak',
    summary: 'Forbereder utlysningens vedtak fra den vedtatte innstillingen: tilsagn for prioriterte tiltak, avslag ellers',
    access: 'kontorets saksbehandlere',
    params: ZRoundParams,
    status: 201,
    response: ZRoundVedtakAnswer,
  }),
  updateVedtak: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/vedtak/:id',
    summary: 'Endrer et vedtak (tilsagn eller avslag, beløp per år og mottaker, begrunnelse, begrunnelse for avvik) mens listen er under arbeid',
    access: 'kontorets saksbehandlere',
    params: ZIdParams,
    body: ZUpdateVedtakInput,
    response: ZRoundVedtakAnswer,
  }),
  submitVedtakBatch: endpoint({
    method: 'POST',
    path: '/api/tilsagn/batches/:id/submit',
    summary: 'Sender en vedtaksliste til godkjenning hos en budsjettdisponent',
    access: 'kontorets saksbehandlere',
    params: ZIdParams,
    body: ZBatchStepInput,
    response: ZRoundVedtakAnswer,
  }),
  approveVedtakBatch: endpoint({
    method: 'POST',
    path: '/api/tilsagn/batches/:id/approve',
    summary: 'Godkjenner en vedtaksliste (budsjettdisponering); senere års beløp blir bindende reservasjoner',
    access: approver,
    params: ZIdParams,
    body: ZBatchStepInput,
    response: ZRoundVedtakAnswer,
  }),
  returnVedtakBatch: endpoint({
    method: 'POST',
    path: '/api/tilsagn/batches/:id/return',
    summary: 'Sender en vedtaksliste tilbake til saksbehandlerne med en melding',
    access: approver,
    params: ZIdParams,
    body: ZReturnBatchInput,
    response: ZRoundVedtakAnswer,
  }),
  amendVedtak: endpoint({
    method: 'POST',
    path: '/api/tilsagn/vedtak/:id/amend',
    summary: 'Lager et endringsvedtak: en ny vedtaksliste med en kopi av et utsendt vedtak, som godkjennes på samme måte',
    access: 'kontorets saksbehandlere',
    params: ZIdParams,
    status: 201,
    response: ZRoundVedtakAnswer,
  }),
} as const;
