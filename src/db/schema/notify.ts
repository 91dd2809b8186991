// What the notify module has told whom, beyond the outbox itself (issue 15): a reminder is sent once per subject,
// recipient and occasion, however often the scheduler runs.
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One reminder (deadline, acceptance, …) already queued: `kind` the message, `subjectId` what it is about (an
 * application, a decision), `occasion` which of its reminders (e.g. '7-dager-for'). */
export const noticeSent = pgTable(
  'notice_sent',
  {
    kind: text('kind').notNull(),
    subjectId: text('subject_id').notNull(),
    occasion: text('occasion').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.subjectId, t.occasion] })],
);
