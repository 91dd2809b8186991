// The platform module's API (ADR 017): the e-mail outbox, the health check and who operates the service (for the
// accessibility statement and the privacy notice). Answers are strict.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZOutboxQuery } from './outbox-query.ts';

export const ZOutboxEntry = z.strictObject({
  id: z.string(),
  createdAt: zInstant,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  sentAt: zInstant.nullable(),
});
export type OutboxEntry = z.output<typeof ZOutboxEntry>;
export const ZOutboxPage = z.strictObject({ entries: z.array(ZOutboxEntry), page: z.number(), pageSize: z.number() });
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
