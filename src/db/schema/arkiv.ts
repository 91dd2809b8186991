// The archive handover (issue 15, docs/archive.md): the journalpost number the office's Noark 5 archive gave a
// document, recorded per document. The metadata itself is derived from the documents' own tables when exported.
// (A vedtak letter's number stays in vedtak.archive_number, where issue 14 put it.)
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const archiveReference = pgTable(
  'archive_reference',
  {
    /** The kind of document: 'behovsmelding' | 'innstilling' | 'krav' | 'klage' | … (src/domain/arkiv). */
    documentKind: text('document_kind').notNull(),
    /** The document's id in its own table (with a sequence for a submission: '<applicationId>/<n>'). */
    documentId: text('document_id').notNull(),
    archiveNumber: text('archive_number').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentKind, t.documentId] })],
);
