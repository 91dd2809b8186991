// Behovsmelding: rounds (utlysninger) with their case numbers and extensions, applications stored as versioned
// fields (one row per field, one change row per save), immutable submissions and attachments.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { office, scheme } from './reference.ts';
import { partnership } from './org.ts';
import type { TApplicationStatus } from '../../domain/behovsmelding/application-resource.ts';

/**
 * A field value in jsonb, stored inside `{ "v": … }`. Drizzle JSON-parses any jsonb value the driver returns as a
 * JS string, so a saved string that looks like JSON ("81091069555", "true") came back as a number or boolean. An
 * object envelope never reaches that path, on PGlite or node-postgres.
 */
const fieldValue = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => JSON.stringify({ v: value ?? null }),
  fromDriver: (stored) => ((typeof stored === 'string' ? JSON.parse(stored) : stored) as { v?: unknown } | null)?.v ?? null,
});

export const behovsmeldingRound = pgTable(
  'behovsmelding_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id').notNull().references(() => office.id),
    schemeId: text('scheme_id').notNull().references(() => scheme.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** Local Europe/Oslo wall-clock times as entered (`2023-12-01T23:59:59`); instants are derived by the domain. */
    opensAtLocal: text('opens_at_local').notNull(),
    deadlineLocal: text('deadline_local').notNull(),
    guidance: text('guidance'),
    longTermPlanUrl: text('long_term_plan_url'),
    coordinatorAllowed: boolean('coordinator_allowed').notNull().default(true),
    /** Days before the deadline a reminder goes to the partnerships that have not submitted (issue 15). */
    reminderDaysBefore: jsonb('reminder_days_before').$type<number[]>().notNull().default([14, 3]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('behovsmelding_round_office_scheme_year').on(t.officeId, t.schemeId, t.year)],
);

/** One Noark case per county the round covers; documents `YYYY/N-M` are numbered per case. */
export const behovsmeldingRoundCase = pgTable(
  'behovsmelding_round_case',
  {
    roundId: uuid('round_id').notNull().references(() => behovsmeldingRound.id, { onDelete: 'cascade' }),
    countyNumber: text('county_number').notNull(),
    caseNumber: text('case_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.countyNumber] }), uniqueIndex('behovsmelding_round_case_number').on(t.caseNumber)],
);

/** An extended deadline for one partnership in one round (who granted it and why is kept here and in the audit). */
export const behovsmeldingExtension = pgTable(
  'behovsmelding_extension',
  {
    roundId: uuid('round_id').notNull().references(() => behovsmeldingRound.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').notNull().references(() => partnership.id),
    untilLocal: text('until_local').notNull(),
    reason: text('reason').notNull(),
    grantedByName: text('granted_by_name').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.partnershipId] })],
);

export const behovsmelding = pgTable(
  'behovsmelding',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => behovsmeldingRound.id),
    partnershipId: uuid('partnership_id').notNull().references(() => partnership.id),
    /** The county whose case the application is filed in (the partnership's applicant's county). */
    countyNumber: text('county_number').notNull(),
    /** 'utkast' | 'sendt' | 'returnert'. */
    status: text('status').$type<TApplicationStatus>().notNull().default('utkast'),
    /** Year 2 or 3 of a multi-year measure: the application it was pre-filled from. */
    previousId: uuid('previous_id'),
    /** Last submission: its document number, when and by whom; late = submitted on an extension. */
    documentNumber: text('document_number'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByName: text('submitted_by_name'),
    onExtension: boolean('on_extension').notNull().default(false),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnMessage: text('return_message'),
    returnedByName: text('returned_by_name'),
    /** Who returned it: told by e-mail when the corrected application comes back (issue 12). */
    returnedByUserId: uuid('returned_by_user_id'),
    /** Local Oslo end of the resubmission window the return opened; a resubmission before it is not late even
     * after the round's deadline. Null when never returned (or returned before this existed: the round's rules). */
    resubmitUntilLocal: text('resubmit_until_local'),
    returnCount: integer('return_count').notNull().default(0),
    /** The last time a coordinator withdrew a submission (status back to draft), so the office's list shows it. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByName: text('withdrawn_by_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('behovsmelding_round_partnership').on(t.roundId, t.partnershipId),
    index('behovsmelding_partnership_idx').on(t.partnershipId),
    uniqueIndex('behovsmelding_document_number').on(t.documentNumber).where(sql`${t.documentNumber} is not null`),
  ],
);

/** The current value of each field; `version` counts its saves (the co-editing conflict check). */
export const behovsmeldingField = pgTable(
  'behovsmelding_field',
  {
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: fieldValue('value'),
    version: integer('version').notNull(),
    /** The change row of the last save (what "changes since" polling compares). */
    changeId: bigint('change_id', { mode: 'number' }).notNull(),
    updatedByUserId: uuid('updated_by_user_id'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The field catalogue version the value was checked under at its save (0: never checked, check on reading). */
    checkedCatalogueVersion: integer('checked_catalogue_version').notNull().default(0),
    /** Why the value does not validate under that catalogue; null when it does. */
    invalidMessage: text('invalid_message'),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.key] })],
);

/** Every save of every field: the version history (who changed what, when, to what). Append-only. */
export const behovsmeldingFieldChange = pgTable(
  'behovsmelding_field_change',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: fieldValue('value'),
    version: integer('version').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('behovsmelding_field_change_app_idx').on(t.applicationId, t.id)],
);

/** A frozen copy of the application as submitted: never changed (trigger), one row per submission. */
export const behovsmeldingSubmission = pgTable(
  'behovsmelding_submission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id),
    /** 1 for the first submission, 2 after a return for correction … */
    sequence: integer('sequence').notNull(),
    documentNumber: text('document_number').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [uniqueIndex('behovsmelding_submission_seq').on(t.applicationId, t.sequence)],
);

export const behovsmeldingAttachment = pgTable(
  'behovsmelding_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id),
    /** Key in the file store (disk in embedded mode, the database with DATABASE_URL). */
    fileKey: text('file_key').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('behovsmelding_attachment_app_idx').on(t.applicationId)],
);
