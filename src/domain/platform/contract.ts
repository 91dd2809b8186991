// The platform module's API (ADR 017): the e-mail outbox, the health check and who operates the service (for the
// accessibility statement and the privacy notice). Answers are strict.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZOutboxQuery } from './outbox-query.ts';

/** Where a mail stands: sent over SMTP, written as a .eml file (no SMTP), waiting for a (further) attempt, or given
 * up by the worker (then "Send på nytt"). */
export const OUTBOX_STATES = ['sent', 'eml', 'pending', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const ZOutboxEntry = z.strictObject({
  id: z.string(),
  createdAt: zInstant,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  sentAt: zInstant.nullable(),
  /** The message kind (src/domain/notify/notice.ts), null for mail queued before kinds existed. */
  kind: z.string().nullable(),
  language: z.string(),
  /** The page the mail is about. */
  link: z.string().nullable(),
  /** The stored files sent with it, by name (their storage keys stay on the server). */
  attachments: z.array(z.strictObject({ filename: z.string(), contentType: z.string() })),
  state: z.enum(OUTBOX_STATES),
  /** Delivery attempts so far and the last failure as a short code (never the recipient or the text). */
  attempts: z.number(),
  lastError: z.string().nullable(),
  failedAt: zInstant.nullable(),
  /** The .eml file's name when the mail was written to DATA_DIR/mail (GET …/eml fetches it). */
  emlFile: z.string().nullable(),
  /** 'resend' when the actor may send it again: not sent, and no attempt waiting in the queue. */
  allowed: z.array(z.enum(['resend'])),
});
export type OutboxEntry = z.output<typeof ZOutboxEntry>;
export const ZOutboxPage = z.strictObject({
  entries: z.array(ZOutboxEntry),
  page: z.number(),
  pageSize: z.number(),
  onlyFailed: z.boolean(),
  /** What the actor may do with the outbox ('read', 'resend'). */
  allowed: z.array(z.enum(['read', 'resend'])),
});
export type OutboxPage = z.output<typeof ZOutboxPage>;

/** 200 { status: 'ok', db: 'ok' } while the database answers; 503 { status: 'error', db: 'unreachable' } when it does
 * not. One strict object (the OpenAPI document keeps it `additionalProperties: false`), the two pairs held by a check. */
export const ZHealth = z
  .strictObject({ status: z.enum(['ok', 'error']), db: z.enum(['ok', 'unreachable']) })
  .refine((h) => (h.status === 'ok') === (h.db === 'ok'), { message: 'status og db må stemme overens' });
export type Health = z.output<typeof ZHealth>;

/** The operating office as the public statements name it (config OPERATOR_*, STATEMENTS_DATE). */
export const ZOperator = z.strictObject({
  name: z.string(),
  email: z.string(),
  address: z.string(),
  privacyOfficer: z.string(),
  /** YYYY-MM-DD: when the statements were last reviewed. */
  statementsDate: z.string(),
  /** The address the service is reached at (PUBLIC_URL): what the accessibility statement is about. */
  serviceUrl: z.string(),
});
export type Operator = z.output<typeof ZOperator>;

export const platformContract = {
  listOutbox: endpoint({
    method: 'GET',
    path: '/api/admin/outbox',
    summary: 'E-postutboksen, nyeste først, en side om gangen (mottakere og tekster; lagres ikke i mellomlager)',
    access: 'administrator',
    query: ZOutboxQuery,
    response: ZOutboxPage,
  }),
  resendEmail: endpoint({
    method: 'POST',
    path: '/api/admin/outbox/:id/resend',
    summary: 'Sender en e-post på nytt som ikke kom fram (legger den i kø igjen); 409 når den alt er sendt eller står i kø',
    access: 'administrator',
    params: z.strictObject({ id: z.string() }),
    response: ZOutboxEntry,
  }),
  getOutboxEml: endpoint({
    method: 'GET',
    path: '/api/admin/outbox/:id/eml',
    summary: 'E-posten som .eml-fil (RFC 822), slik den ble lagret uten SMTP; 404 når den ikke er lagret slik',
    access: 'administrator',
    params: z.strictObject({ id: z.string() }),
    response: null,
    produces: 'message/rfc822',
  }),
  openApi: endpoint({
    method: 'GET',
    path: '/api/openapi.json',
    summary: 'Dette dokumentet: API-et som OpenAPI 3.1, generert fra kontraktene',
    access: 'alle',
    response: null,
    produces: 'application/json',
  }),
  operator: endpoint({
    method: 'GET',
    path: '/api/operator',
    summary: 'Hvem som driver tjenesten (navn, e-post, adresse, personvernombud, dato for erklæringene): offentlig, som erklæringene',
    access: 'alle',
    response: ZOperator,
  }),
  health: endpoint({
    method: 'GET',
    path: '/health',
    summary: 'Om tjenesten og databasen svarer (503 når databasen ikke svarer)',
    access: 'alle',
    response: ZHealth,
  }),
} as const;
