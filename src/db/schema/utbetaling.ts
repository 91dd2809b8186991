// Money after the vedtak (issue 15, ADR 027): the payment plan of the accepted tilsagn, payment batches prepared by a
// case officer and approved by a budsjettdisponent who prepared none of them, the accounts that may reach a payment
// file, and unused money held over, offset or claimed back.
//
// Who may do what is the utbetaling module's policy (src/domain/utbetaling/policy.ts); the facts it turns on (who
// prepared a batch) are read from these tables by the use cases.
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { appUser } from './access.ts';
import { behovsmeldingRound } from './behovsmelding.ts';
import { organisation, partnership } from './org.ts';
import { office } from './reference.ts';
import { vedtak } from './tilsagn.ts';

/**
 * One recipient's money for one year of an accepted tilsagn: the plan. Made from the vedtak's lines when the tilsagn
 * is accepted (state UH as 'overforing': listed, never in a payment file). `kontonr` is the account that may reach a
 * file: taken from the organisation register when the line is approved, and changed later only by a case officer's
 * confirmation of an account change (account_change).
 */
export const paymentLine = pgTable(
  'payment_line',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id')
      .notNull()
      .references(() => office.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => behovsmeldingRound.id),
    vedtakId: uuid('vedtak_id')
      .notNull()
      .references(() => vedtak.id),
    year: integer('year').notNull(),
    /** 'owner' | 'uh'. */
    recipient: text('recipient').notNull(),
    recipientOrgId: uuid('recipient_org_id')
      .notNull()
      .references(() => organisation.id),
    /** 'utbetaling' (to an account) | 'overforing' (a state UH: budget transfer, listed but never in a file). */
    kind: text('kind').notNull(),
    /** The decided amount for the year (the vedtak's line). */
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    /** Unused money of an earlier year set off against this payment (unused_funds 'motregnet'). */
    offsetKr: bigint('offset_kr', { mode: 'number' }).notNull().default(0),
    /** The approved account (null until the plan is approved, or when the register has none). */
    kontonr: text('kontonr'),
    /** The approved account differs from the one the behovsmelding gave (5.1 owner / 5.3 UH): shown as a flag. */
    kontonrDiffers: boolean('kontonr_differs').notNull().default(false),
    /** The account the behovsmelding gave, kept to show beside the approved one. */
    applicationKontonr: text('application_kontonr'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id').references(() => appUser.id),
    approvedByName: text('approved_by_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_line_key').on(t.vedtakId, t.year, t.recipient, t.recipientOrgId),
    index('payment_line_round_idx').on(t.roundId),
    index('payment_line_org_idx').on(t.recipientOrgId),
  ],
);

/**
 * A payment batch: lines (or parts of them) to pay together, exported as one file for the office's finance system.
 * 'utkast' → 'til-godkjenning' → 'godkjent' → 'eksportert' → 'betalt'; back to 'utkast' when returned or when a
 * confirmed account change touches it (it needs a new approval). The approver prepared and submitted none of it.
 */
export const paymentBatch = pgTable(
  'payment_batch',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id')
      .notNull()
      .references(() => office.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => behovsmeldingRound.id),
    state: text('state').notNull().default('utkast'),
    preparedByUserId: uuid('prepared_by_user_id').references(() => appUser.id),
    preparedByName: text('prepared_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByUserId: uuid('submitted_by_user_id').references(() => appUser.id),
    submittedByName: text('submitted_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id').references(() => appUser.id),
    approvedByName: text('approved_by_name'),
    /** Why it went back to 'utkast': the approver's message, or the account change that needs a new approval. */
    returnMessage: text('return_message'),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    exportedByName: text('exported_by_name'),
    /** The Oslo date the finance system paid it (YYYY-MM-DD). */
    paidOnLocal: text('paid_on_local'),
    paidMarkedByName: text('paid_marked_by_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payment_batch_round_idx').on(t.roundId)],
);

/** A line (or part of it: part payments) in a batch. `kontonr` is the line's approved account when added, refreshed
 * when a confirmed account change sends the batch back for a new approval. */
export const paymentBatchItem = pgTable(
  'payment_batch_item',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatch.id, { onDelete: 'cascade' }),
    lineId: uuid('line_id')
      .notNull()
      .references(() => paymentLine.id),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    kontonr: text('kontonr'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.lineId] }), index('payment_batch_item_line_idx').on(t.lineId)],
);

/**
 * An organisation's account change that has not yet reached money. Made when the register's kontonr changes for an
 * organisation with payment lines (a coordinator may edit its own organisation); a case officer confirms it (the
 * lines not yet paid take the new account, and any batch holding them needs a new approval) or rejects it.
 */
export const accountChange = pgTable(
  'account_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    oldKontonr: text('old_kontonr'),
    newKontonr: text('new_kontonr'),
    changedByUserId: uuid('changed_by_user_id').references(() => appUser.id),
    changedByName: text('changed_by_name').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'venter' | 'bekreftet' | 'avvist'. */
    state: text('state').notNull().default('venter'),
    decidedByUserId: uuid('decided_by_user_id').references(() => appUser.id),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('account_change_org_idx').on(t.organisationId)],
);

/**
 * Unused money of one tilsagn year and recipient, reported by the partnership or found by the office, and the case
 * officer's decision on it: held over to the same measure next year ('overfort'), set off against next year's payment
 * ('motregnet'), or claimed back ('krevd') and later received ('mottatt'). 'registrert' until decided.
 */
export const unusedFunds = pgTable(
  'unused_funds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id')
      .notNull()
      .references(() => office.id),
    vedtakId: uuid('vedtak_id')
      .notNull()
      .references(() => vedtak.id),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id),
    /** The grant year the money was for. */
    year: integer('year').notNull(),
    /** 'owner' | 'uh'. */
    recipient: text('recipient').notNull(),
    recipientOrgId: uuid('recipient_org_id')
      .notNull()
      .references(() => organisation.id),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    /** 'rapport' (the partnership reported it) | 'kontor' (the office found it). */
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    registeredByName: text('registered_by_name').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'registrert' | 'overfort' | 'motregnet' | 'krevd' | 'mottatt'. */
    state: text('state').notNull().default('registrert'),
    reason: text('reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => appUser.id),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Held over or offset to this year. */
    targetYear: integer('target_year'),
    /** The payment line reduced by an offset. */
    offsetLineId: uuid('offset_line_id').references(() => paymentLine.id),
    /** The repayment claim letter: numbered in the county's case, rendered to files, due on an Oslo date. */
    claimDocumentNumber: text('claim_document_number'),
    claimDueLocal: text('claim_due_local'),
    /** The office's account the money is to be paid back to. */
    claimKontonr: text('claim_kontonr'),
    claimLanguage: text('claim_language'),
    claimPdfKey: text('claim_pdf_key'),
    claimDocxKey: text('claim_docx_key'),
    receivedOnLocal: text('received_on_local'),
    receivedKr: bigint('received_kr', { mode: 'number' }),
    receivedByName: text('received_by_name'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('unused_funds_vedtak_idx').on(t.vedtakId),
    index('unused_funds_partnership_idx').on(t.partnershipId, t.targetYear),
    uniqueIndex('unused_funds_claim_number').on(t.claimDocumentNumber).where(sql`${t.claimDocumentNumber} is not null`),
  ],
);

/** An office's choices for money coming back: the account a repayment claim names and the days it gives to pay. One
 * row per office; none means no account yet (a claim cannot be issued) and 30 days. */
export const utbetalingSetting = pgTable('utbetaling_setting', {
  officeId: text('office_id')
    .primaryKey()
    .references(() => office.id),
  repaymentKontonr: text('repayment_kontonr'),
  repaymentDays: integer('repayment_days').notNull().default(30),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
