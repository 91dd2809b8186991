// Cross-cutting tables: the audit log, rate-limit counters, the job queue and stored files.
import { bigserial, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId), index('audit_at_idx').on(t.at)],
);

export const rateLimitCounter = pgTable(
  'rate_limit_counter',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Queued work, claimed with SELECT … FOR UPDATE SKIP LOCKED so several instances can share it. */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_ready_idx').on(t.doneAt, t.runAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** File contents when the server runs against DATABASE_URL (no local disk state). */
export const storedFile = pgTable('stored_file', {
  key: text('key').primaryKey(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** E-mails to send (and sent), kept as a record of what the platform told whom. */
export const emailOutbox = pgTable('email_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  /** Which message it is ('vedtak', 'betalingsvarsel', …: src/domain/notify), for the outbox page; null for older rows. */
  kind: text('kind'),
  /** The language it was written in: 'nb' | 'nn' (the recipient's written standard). */
  language: text('language').notNull().default('nb'),
  /** The page the message is about (also in its text). */
  link: text('link'),
  /** Stored files sent with it: [{ fileKey, filename, contentType }]. */
  attachments: jsonb('attachments').$type<{ fileKey: string; filename: string; contentType: string }[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  /** Delivery attempts so far, and the last failure in short (an error code, never the recipient or the text). */
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  /** Given up after the job's last attempt: the outbox page shows it, with "Send på nytt". */
  failedAt: timestamp('failed_at', { withTimezone: true }),
  /** Embedded mode without SMTP: the .eml file written to DATA_DIR/mail instead. */
  emlFile: text('eml_file'),
});
