// Questionnaires (ADR 020): published catalogue versions, and their answers in one of two storages.
// - co-edited: a response with versioned fields (one row per answer, one change row per save, as the behovsmelding's
//   fields, ADR 008) and a frozen submission;
// - anonymous: one row per answer at submit, with the catalogue version, the answers and the DAY only — no user,
//   session, IP or instant, so an answer cannot be linked to a login by who or when.
import { bigint, bigserial, customType, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TCatalogue } from '../../domain/questionnaire/catalogue.ts';
import type { TQuestionnaireSnapshot } from '../../domain/questionnaire/snapshot.ts';

/**
 * An answer in jsonb, inside `{ "v": … }`: Drizzle JSON-parses a jsonb value the driver returns as a string, so a
 * saved text that looks like JSON ("81091069555", "true") would come back as a number or boolean (ADR 008).
 */
const answerValue = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => JSON.stringify({ v: value ?? null }),
  fromDriver: (stored) => ((typeof stored === 'string' ? JSON.parse(stored) : stored) as { v?: unknown } | null)?.v ?? null,
});

export type TResponseStatus = 'draft' | 'submitted';

/** A published catalogue version: never changed or removed (trigger); a changed form is a new version. */
export const questionnaire = pgTable(
  'questionnaire',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    catalogue: jsonb('catalogue').$type<TCatalogue>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/** A co-edited response to one catalogue version: its creator and the editors they named may write it. */
export const questionnaireResponse = pgTable(
  'questionnaire_response',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    /** What the response is about ("Tromsø kommune, barnehagene"). */
    subject: text('subject').notNull(),
    status: text('status').$type<TResponseStatus>().notNull().default('draft'),
    createdByUserId: uuid('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    editorUserIds: uuid('editor_user_ids').array().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'questionnaire_response_questionnaire_fk', columns: [t.questionnaireId, t.questionnaireVersion], foreignColumns: [questionnaire.id, questionnaire.version] }),
    index('questionnaire_response_created_by_idx').on(t.createdByUserId),
  ],
);

/** The current answer to each question of a response; `version` counts its saves (the co-editing conflict check). */
export const questionnaireField = pgTable(
  'questionnaire_field',
  {
    responseId: uuid('response_id').notNull().references(() => questionnaireResponse.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: answerValue('value'),
    version: integer('version').notNull(),
    /** The change row of the last save (what "changes since" polling compares). */
    changeId: bigint('change_id', { mode: 'number' }).notNull(),
    updatedByUserId: uuid('updated_by_user_id'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.key] })],
);

/** Every save of every answer: the history (who changed what, when, to what). Append-only. */
export const questionnaireFieldChange = pgTable(
  'questionnaire_field_change',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    responseId: uuid('response_id').notNull().references(() => questionnaireResponse.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: answerValue('value'),
    version: integer('version').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('questionnaire_field_change_response_idx').on(t.responseId, t.id)],
);

/** A co-edited response as submitted: catalogue id and version and the answers that count. Never changed (trigger). */
export const questionnaireSubmission = pgTable(
  'questionnaire_submission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    responseId: uuid('response_id').notNull().references(() => questionnaireResponse.id),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    snapshot: jsonb('snapshot').$type<TQuestionnaireSnapshot>().notNull(),
  },
  (t) => [
    foreignKey({ name: 'questionnaire_submission_questionnaire_fk', columns: [t.questionnaireId, t.questionnaireVersion], foreignColumns: [questionnaire.id, questionnaire.version] }),
    uniqueIndex('questionnaire_submission_response').on(t.responseId),
  ],
);

/**
 * A one-shot anonymous answer. Deliberately without a user, session, IP, instant or sequence: the id is random and
 * `submitted_on` is the day only, so nothing here can be matched with a login, a session or an audit row by time.
 * Never changed (trigger).
 */
export const questionnaireAnonymousAnswer = pgTable(
  'questionnaire_anonymous_answer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    /** yyyy-mm-dd (Europe/Oslo), given by the application: no default, so the database never stamps a time. */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    foreignKey({ name: 'questionnaire_anonymous_answer_questionnaire_fk', columns: [t.questionnaireId, t.questionnaireVersion], foreignColumns: [questionnaire.id, questionnaire.version] }),
    index('questionnaire_anonymous_answer_questionnaire_idx').on(t.questionnaireId, t.questionnaireVersion),
  ],
);
