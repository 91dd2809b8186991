// Vedtak and tilsagn (issue 14, ADR 026): decisions prepared into approval lists and approved by a budsjettdisponent
// who prepared none of them, their amounts per year and recipient, the recipients' profiles (how they receive state
// money, their written standard), the letter templates, the issued letters' files, acceptance and klage.
//
// Who may do what is the tilsagn module's policy (src/domain/tilsagn/policy.ts); the facts it needs (who prepared a
// list's decisions) are read from these tables by the use cases.
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { appUser } from './access.ts';
import { behovsmelding, behovsmeldingRound } from './behovsmelding.ts';
import { organisation } from './org.ts';
import { office, scheme } from './reference.ts';

/** An office's choices for its letters: the written standard for recipients with none, the appeal body, the time to
 * accept. One row per office; none means the defaults. */
export const tilsagnSetting = pgTable('tilsagn_setting', {
  officeId: text('office_id')
    .primaryKey()
    .references(() => office.id),
  /** 'bokmal' | 'nynorsk': for recipients whose profile says 'noytral' (or who have none). */
  writtenStandard: text('written_standard').notNull().default('bokmal'),
  appealBody: text('appeal_body').notNull().default('Utdanningsdirektoratet'),
  /** Days from the letter to the last day to accept. */
  acceptanceDays: integer('acceptance_days').notNull().default(21),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How an organisation receives state money and which written standard it is written to in. No row: utbetaling,
 * noytral. Apart from `organisation`, which the org module owns. */
export const recipientProfile = pgTable('recipient_profile', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisation.id),
  /** 'utbetaling' (owners, private UH) | 'statlig-overforing' (state UH: transferred, no acceptance, no appeal). */
  receipt: text('receipt').notNull().default('utbetaling'),
  /** 'bokmal' | 'nynorsk' | 'noytral' (the office's choice applies). */
  writtenStandard: text('written_standard').notNull().default('noytral'),
  /** 'se' | 'smj' | 'sma': a Sámi language the organisation writes in or asked for; null for none. */
  samiLanguage: text('sami_language'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An approval list: a round's decisions prepared together ('vedtak'), or one amending decision ('endringsvedtak').
 * 'utkast' → 'til-godkjenning' → 'godkjent' → 'utstedt' (letters numbered and queued); back to 'utkast' when the
 * approver returns it. The approver must have prepared none of its decisions (a personal act, ADR 026).
 */
export const vedtakBatch = pgTable(
  'vedtak_batch',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => behovsmeldingRound.id),
    officeId: text('office_id')
      .notNull()
      .references(() => office.id),
    /** 'vedtak' | 'endringsvedtak'. */
    kind: text('kind').notNull().default('vedtak'),
    /** 'utkast' | 'til-godkjenning' | 'godkjent' | 'utstedt'. */
    state: text('state').notNull().default('utkast'),
    /** The last day of the reporting the letters require (Oslo date, YYYY-MM-DD). */
    reportDueLocal: text('report_due_local'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByUserId: uuid('submitted_by_user_id').references(() => appUser.id),
    submittedByName: text('submitted_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id').references(() => appUser.id),
    approvedByName: text('approved_by_name'),
    /** Why the approver sent it back (shown to the preparers), cleared when sent again. */
    returnMessage: text('return_message'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedByName: text('issued_by_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vedtak_batch_round_idx').on(t.roundId)],
);

/** One decision on one application: a tilsagn with its lines, or an avslag; an endringsvedtak names what it amends. */
export const vedtak = pgTable(
  'vedtak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => vedtakBatch.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => behovsmeldingRound.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => behovsmelding.id),
    /** 'tilsagn' | 'avslag'. */
    kind: text('kind').notNull(),
    /** The decision this one amends (endringsvedtak, or the reversal after a klage); null for the first. */
    amendsId: uuid('amends_id'),
    /** The reasons the letter gives (forvaltningsloven §§ 24–25), from the innstilling's reason and assessment. */
    reasons: text('reasons').notNull().default(''),
    /** Why the amounts differ from the forum's innstilling; required when they do. */
    deviationReason: text('deviation_reason'),
    preparedByUserId: uuid('prepared_by_user_id').references(() => appUser.id),
    preparedByName: text('prepared_by_name').notNull(),
    preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull().defaultNow(),
    /** Numbered when the list is issued: `YYYY/N-M` in the case of the application's county. */
    documentNumber: text('document_number'),
    /** The journalpost number the office's archive gave, when it differs; shown thereafter. */
    archiveNumber: text('archive_number'),
    /** The letter's language: 'nb' | 'nn' (from the addressee's profile and the office's choice at issue). */
    language: text('language'),
    /** A Sámi copy's language when one was rendered (reviewed template only). */
    samiLanguage: text('sami_language'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    /** The last day to accept (Oslo date), set at issue for a tilsagn with payments. */
    acceptanceDueLocal: text('acceptance_due_local'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByUserId: uuid('accepted_by_user_id').references(() => appUser.id),
    acceptedByName: text('accepted_by_name'),
    /** Set when a later decision (an endringsvedtak or a reversal) replaces this one. */
    supersededById: uuid('superseded_by_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('vedtak_batch_idx').on(t.batchId),
    index('vedtak_application_idx').on(t.applicationId),
    // One first decision per application; amendments follow it.
    uniqueIndex('vedtak_first_per_application').on(t.applicationId).where(sql`${t.amendsId} is null`),
    uniqueIndex('vedtak_document_number').on(t.documentNumber).where(sql`${t.documentNumber} is not null`),
  ],
);

/** A tilsagn's amount for one year to one recipient: the owner share (to the partnership's payee) or one UH's. */
export const vedtakLine = pgTable(
  'vedtak_line',
  {
    vedtakId: uuid('vedtak_id')
      .notNull()
      .references(() => vedtak.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** 'owner' | 'uh'. */
    recipient: text('recipient').notNull(),
    recipientOrgId: uuid('recipient_org_id')
      .notNull()
      .references(() => organisation.id),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    /** A later year promised subject to the Storting's budget. */
    conditional: boolean('conditional').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.vedtakId, t.year, t.recipient, t.recipientOrgId] })],
);

/** A letter template an office edited: sections of text with named fields; the defaults live in code. */
export const letterTemplate = pgTable(
  'letter_template',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id')
      .notNull()
      .references(() => office.id),
    schemeId: text('scheme_id')
      .notNull()
      .references(() => scheme.id),
    /** 'tilsagn' | 'avslag'. */
    kind: text('kind').notNull(),
    /** 'nb' | 'nn' | 'se' | 'smj' | 'sma'. */
    language: text('language').notNull(),
    /** [{ key, heading, body }]: body text with {fields}. */
    sections: jsonb('sections').notNull(),
    /** A translation is sent only when 'reviewed'; Norwegian templates are always used. 'draft' | 'reviewed'. */
    status: text('status').notNull().default('draft'),
    updatedByName: text('updated_by_name').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('letter_template_key').on(t.officeId, t.schemeId, t.kind, t.language)],
);

/** An issued letter's files, one per decision and language, rendered by the job queue. */
export const vedtakLetter = pgTable(
  'vedtak_letter',
  {
    vedtakId: uuid('vedtak_id')
      .notNull()
      .references(() => vedtak.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    /** 'venter' (queued) | 'klar' | 'feilet'. */
    state: text('state').notNull().default('venter'),
    pdfKey: text('pdf_key'),
    docxKey: text('docx_key'),
    renderedAt: timestamp('rendered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.vedtakId, t.language] })],
);

/** A klage on a decision: registered with the date received; reversed, dismissed or forwarded; its outcome. */
export const klage = pgTable(
  'klage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vedtakId: uuid('vedtak_id')
      .notNull()
      .references(() => vedtak.id),
    /** Oslo date the office received it (YYYY-MM-DD): the three weeks are counted to it. */
    receivedOnLocal: text('received_on_local').notNull(),
    fromName: text('from_name').notNull(),
    summary: text('summary').notNull(),
    registeredByName: text('registered_by_name').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'registrert' | 'omgjort' | 'avvist' | 'oversendt' | 'avgjort'. */
    state: text('state').notNull().default('registrert'),
    /** The reasons for a dismissal (avvisning) or the office's assessment when forwarding. */
    reasons: text('reasons'),
    /** The new decision when the office reverses its own. */
    newVedtakId: uuid('new_vedtak_id').references(() => vedtak.id),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    forwardedTo: text('forwarded_to'),
    /** The appeal body's outcome: 'medhold' | 'delvis-medhold' | 'ikke-medhold'. */
    outcome: text('outcome'),
    outcomeText: text('outcome_text'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('klage_vedtak_idx').on(t.vedtakId)],
);
