// The tilsagn module's API, part "vedtak" (issue 14, point 1; ADR 026): preparing a round's decisions from the
// adopted innstilling, editing them while their approval list is a draft, sending the list for approval, approving
// or returning it (a budsjettdisponent who had no hand in it), amending an issued decision (endringsvedtak), and the
// round's decisions as the office sees them, with what the actor may do.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZKlage } from './klage-contract.ts';
import { PIPELINE_STAGES } from './pipeline.ts';
import { TILSAGN_VERBS, VEDTAK_BATCH_VERBS, VEDTAK_VERBS } from './policy.ts';
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
/** The list's own terms, set while it is a draft: the report deadline its letters state (Oslo date `YYYY-MM-DD`;
 * checked by reportDueValid in vedtak-batch.ts, so the message names the field). */
export const ZUpdateBatchInput = z.strictObject({ expectedVersion: z.number().int(), reportDueLocal: z.string().max(20) });

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
  /** The last day of the report its letters require (Oslo date `YYYY-MM-DD`); null only for a list made before it
   * was set (an endringsvedtak, until the case officer sets it). */
  reportDueLocal: z.string().nullable(),
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
  round: z.strictObject({
    id: z.string(),
    title: z.string(),
    year: z.number(),
    officeId: z.string(),
    officeName: z.string(),
    innstillingAdopted: z.boolean(),
    /** Whether the actor may read the forum's innstilling the decisions rest on (the forum's policy decides: the
     * budsjettdisponent, say, decides on the office's lists, not in the forum). */
    mayReadInnstilling: z.boolean(),
  }),
  /** What the actor may do with the round's decisions as a whole (prepare, issue …). */
  allowed: z.array(z.enum(TILSAGN_VERBS)),
  batches: z.array(ZVedtakBatchOut),
});
export type RoundVedtakAnswer = z.output<typeof ZRoundVedtakAnswer>;

/**
 * One decision on its own page: the decision as the office prepares it, its list's state and what the actor may do
 * with it, who may receive its money (the partnership's payee and UH members, by name), and — for the office's
 * people only — what the innstilling recommended line by line, so a deviation shows where it is. Once issued: the
 * numbers, the letters, the acceptance and any klager.
 */
export const ZVedtakDetail = z.strictObject({
  round: z.strictObject({ id: z.string(), title: z.string(), year: z.number(), officeName: z.string() }),
  vedtak: ZVedtakOut,
  batch: z.strictObject({ id: z.string(), kind: z.enum(BATCH_KINDS), state: z.enum(BATCH_STATES), version: z.number(), allowed: z.array(z.enum(VEDTAK_BATCH_VERBS)) }),
  recipients: z.array(z.strictObject({ recipient: z.enum(LINE_RECIPIENTS), orgId: z.string(), name: z.string() })),
  /** The years the decision's lines may be given for: the round's, the innstilling's and the decision's own. */
  years: z.array(z.number()),
  /** The innstilling's lines (null for those outside the office, and when the innstilling does not name it). */
  recommendedLines: z.array(z.strictObject({ year: z.number(), recipient: z.enum(LINE_RECIPIENTS), recipientOrgId: z.string(), amountKr: z.number() })).nullable(),
  issued: z
    .strictObject({
      documentNumber: z.string().nullable(),
      archiveNumber: z.string().nullable(),
      issuedAt: zInstant,
      letterDateLocal: z.string(),
      letters: z.array(z.strictObject({ language: z.string(), ready: z.boolean() })),
      acceptance: z.strictObject({ needed: z.boolean(), dueLocal: z.string().nullable(), acceptedAt: zInstant.nullable(), acceptedByName: z.string().nullable() }),
    })
    .nullable(),
  klager: z.array(ZKlage),
  /** What the actor may do with the decision itself (letters, klage, archive number). */
  allowed: z.array(z.enum(VEDTAK_VERBS)),
  /** An endringsvedtak may be made now: the actor prepares the office's decisions and this one is issued, in force
   * and has none under way. */
  mayAmend: z.boolean(),
  /** The endringsvedtak under way, when there is one. */
  openAmendmentId: z.string().nullable(),
  /** The partnership whose payments page ("Utbetalinger") the actor may open from here; null for an avslag or when
   * the money is not theirs to read. */
  moneyPartnershipId: z.string().nullable(),
});
export type VedtakDetail = z.output<typeof ZVedtakDetail>;

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
  getVedtak: endpoint({
    method: 'GET',
    path: '/api/tilsagn/vedtak/:id',
    summary: 'Ett vedtak med linjer, mottakere, innstillingens beløp, status og hva brukeren kan gjøre; nummer, brev, aksept og klager når det er sendt',
    access: `${office}; partnerskapets egne når vedtaket er utstedt`,
    params: ZIdParams,
    response: ZVedtakDetail,
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
  updateVedtakBatch: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/batches/:id',
    summary: 'Endrer rapporteringsfristen brevene i en vedtaksliste oppgir, mens listen er under arbeid',
    access: 'kontorets saksbehandlere',
    params: ZIdParams,
    body: ZUpdateBatchInput,
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
