// The utbetaling module's API, part "unused money" (issue 15 point 2, ADR 027): registering unused money of a tilsagn
// year and recipient, the case officer's decision (held over, offset, claimed back), a repayment received, the claim
// letter's files, and the office's repayment settings. Answers list the verbs the actor has (`allowed`), so the UI
// offers only those.
import { z } from 'zod';
import { endpoint, ZIdParams } from '../shared/endpoint.ts';
import { PARTNERSHIP_MONEY_VERBS, UTBETALING_VERBS } from './policy.ts';
import {
  CLAIM_FORMATS,
  UNUSED_RECIPIENTS,
  UNUSED_SOURCES,
  UNUSED_STATES,
  ZRegisterUnusedInput,
  ZRepaymentReceivedInput,
  ZUnusedDecisionInput,
  ZUtbetalingSettingInput,
} from './unused-funds.ts';

const caseOfficers = 'saksbehandler i embetet';

export const ZRepaymentClaim = z.strictObject({
  /** `YYYY/N-M` in the county's case. */
  documentNumber: z.string(),
  /** The last day to pay (Oslo date). */
  dueLocal: z.string().nullable(),
  /** The office's account to pay to. */
  kontonr: z.string().nullable(),
  language: z.string().nullable(),
  /** The letter's files are stored (the render job has run): the downloads answer. */
  ready: z.boolean(),
});

export const ZUnusedFunds = z.strictObject({
  id: z.string(),
  officeId: z.string(),
  vedtakId: z.string(),
  /** The tilsagn's document number (the letter the money was granted by). */
  vedtakDocumentNumber: z.string().nullable(),
  partnershipId: z.string(),
  year: z.number(),
  recipient: z.enum(UNUSED_RECIPIENTS),
  recipientOrgId: z.string(),
  recipientName: z.string(),
  amountKr: z.number(),
  source: z.enum(UNUSED_SOURCES),
  note: z.string(),
  registeredByName: z.string(),
  registeredAt: z.string(),
  state: z.enum(UNUSED_STATES),
  reason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Held over or offset to this year. */
  targetYear: z.number().nullable(),
  /** The payment line an offset reduced. */
  offsetLineId: z.string().nullable(),
  claim: ZRepaymentClaim.nullable(),
  /** What has come in of a claim (part payments add up) and the last payment's date. */
  receivedKr: z.number().nullable(),
  receivedOnLocal: z.string().nullable(),
  receivedByName: z.string().nullable(),
  version: z.number(),
  allowed: z.array(z.enum(PARTNERSHIP_MONEY_VERBS)),
});
export type UnusedFunds = z.output<typeof ZUnusedFunds>;

export const ZUtbetalingSettings = z.strictObject({
  officeId: z.string(),
  /** Null until set: no claim can be issued without it. */
  repaymentKontonr: z.string().nullable(),
  repaymentDays: z.number(),
  /** 0 until first saved (the defaults apply). */
  version: z.number(),
});
export type UtbetalingSettings = z.output<typeof ZUtbetalingSettings>;

const ZEmbeteQuery = z.strictObject({ embete: z.string() });

export const unusedContract = {
  registerUnusedFunds: endpoint({
    method: 'POST',
    path: '/api/utbetaling/vedtak/:vedtakId/unused',
    summary: 'Registrerer ubrukte midler for et tilsagnsår og en mottaker (rapportert av partnerskapet eller funnet av embetet)',
    access: caseOfficers,
    params: z.strictObject({ vedtakId: z.string() }),
    body: ZRegisterUnusedInput,
    response: z.strictObject({ unused: ZUnusedFunds }),
    status: 201,
  }),
  getUnusedFunds: endpoint({
    method: 'GET',
    path: '/api/utbetaling/unused/:id',
    summary: 'Ubrukte midler med vedtaket om dem (overført, motregnet eller krevd tilbake) og innbetalt beløp',
    access: 'embetets saksbehandlere, budsjettdisponenter og lesere; partnerskapets egne',
    params: ZIdParams,
    response: z.strictObject({ unused: ZUnusedFunds }),
  }),
  decideUnusedFunds: endpoint({
    method: 'POST',
    path: '/api/utbetaling/unused/:id/decision',
    summary: 'Overfører ubrukte midler til neste år, motregner dem i neste års utbetaling eller krever dem tilbake med kravbrev',
    access: caseOfficers,
    params: ZIdParams,
    body: ZUnusedDecisionInput,
    response: z.strictObject({ unused: ZUnusedFunds }),
  }),
  recordRepaymentReceived: endpoint({
    method: 'POST',
    path: '/api/utbetaling/unused/:id/received',
    summary: 'Fører en innbetaling på et krav om tilbakebetaling (delbetaling tillatt); kravet er oppgjort når alt er betalt',
    access: caseOfficers,
    params: ZIdParams,
    body: ZRepaymentReceivedInput,
    response: z.strictObject({ unused: ZUnusedFunds }),
  }),
  getRepaymentClaim: endpoint({
    method: 'GET',
    path: '/api/utbetaling/unused/:id/claim.:format',
    summary: 'Kravbrevet om tilbakebetaling som tilgjengelig PDF eller Word; 404 til det er ferdig laget',
    access: 'embetets saksbehandlere, budsjettdisponenter og lesere; partnerskapets egne',
    params: z.strictObject({ id: z.string(), format: z.enum(CLAIM_FORMATS) }),
    response: null,
    produces: 'application/octet-stream',
  }),
  getUtbetalingSettings: endpoint({
    method: 'GET',
    path: '/api/utbetaling/settings',
    summary: 'Embetets konto for tilbakebetaling og betalingsfristen et krav gir',
    access: 'embetets saksbehandlere, budsjettdisponenter og lesere',
    query: ZEmbeteQuery,
    response: z.strictObject({ settings: ZUtbetalingSettings, allowed: z.array(z.enum(UTBETALING_VERBS)) }),
  }),
  updateUtbetalingSettings: endpoint({
    method: 'PUT',
    path: '/api/utbetaling/settings',
    summary: 'Endrer embetets konto for tilbakebetaling og betalingsfristen et krav gir',
    access: caseOfficers,
    query: ZEmbeteQuery,
    body: ZUtbetalingSettingInput,
    response: z.strictObject({ settings: ZUtbetalingSettings }),
  }),
} as const;
