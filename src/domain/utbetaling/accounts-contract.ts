// The utbetaling module's API, part "accounts" (issue 15 point 1; ADR 027): account changes that have not reached
// money yet — an office's waiting and recently decided ones — and a case officer's confirmation (the unpaid lines and
// the batches not yet exported take the new account; such batches need a new approval) or rejection.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ACCOUNT_CHANGE_STATES } from './account.ts';
import { ACCOUNT_CHANGE_VERBS } from './policy.ts';

export const ZAccountChangeStepInput = z.strictObject({ expectedVersion: z.number().int() });

export const ZAccountChange = z.strictObject({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  orgnr: z.string().nullable(),
  /** The account the office last let through (null: none). */
  oldKontonr: z.string().nullable(),
  /** The register's new account (null: removed). */
  newKontonr: z.string().nullable(),
  changedByName: z.string(),
  changedAt: zInstant,
  state: z.enum(ACCOUNT_CHANGE_STATES),
  decidedByName: z.string().nullable(),
  decidedAt: zInstant.nullable(),
  version: z.number(),
  /** What the actor may do with it (confirm also rejects). */
  allowed: z.array(z.enum(ACCOUNT_CHANGE_VERBS)),
});
export type TAccountChangeOut = z.output<typeof ZAccountChange>;

export const ZAccountChangeDecision = z.strictObject({
  change: ZAccountChange,
  /** Plan lines that took the new account (confirmed only). */
  linesMoved: z.number(),
  /** Batches not yet exported that held them: their items took the new account; those sent for approval or approved
   * went back to 'utkast' and need a new approval. */
  batches: z.array(z.strictObject({ id: z.string(), stateBefore: z.string(), state: z.string() })),
});

const ZIdParams = z.strictObject({ id: z.string() });
const officers = 'saksbehandlere ved embetet organisasjonen hører til';

export const accountsContract = {
  listAccountChanges: endpoint({
    method: 'GET',
    path: '/api/utbetaling/account-changes',
    summary: 'Kontoendringer som venter på bekreftelse, og de som er behandlet de siste 90 dagene, for organisasjoner i embetets område eller med utbetalinger fra embetet',
    access: 'embetets saksbehandlere og budsjettdisponenter',
    query: z.strictObject({ embete: z.string().max(100) }),
    response: z.strictObject({ changes: z.array(ZAccountChange) }),
  }),
  confirmAccountChange: endpoint({
    method: 'POST',
    path: '/api/utbetaling/account-changes/:id/confirm',
    summary: 'Bekrefter en kontoendring: linjer som ikke er utbetalt og utbetalinger som ikke er eksportert får det nye kontonummeret, og utbetalinger som var sendt til eller fått godkjenning må godkjennes på nytt',
    access: officers,
    params: ZIdParams,
    body: ZAccountChangeStepInput,
    response: ZAccountChangeDecision,
  }),
  rejectAccountChange: endpoint({
    method: 'POST',
    path: '/api/utbetaling/account-changes/:id/reject',
    summary: 'Avviser en kontoendring: utbetalingene beholder det godkjente kontonummeret',
    access: officers,
    params: ZIdParams,
    body: ZAccountChangeStepInput,
    response: ZAccountChangeDecision,
  }),
} as const;
