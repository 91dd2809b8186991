// Where a round's journal entries go (issue 15, point 4; docs/archive.md, "Integrasjon"). The platform describes each
// archived document once, as a JournalEntry with a reader per file (src/loaders/arkiv/round-documents.ts); a sink
// hands them to the office's Noark 5 archive. The first sink writes a ZIP an archivist journalfører by hand
// (noark-export.ts); a Fiks Arkiv or eFormidling client is the next, taking the same input and answering with the
// journalpost numbers the archive gave, which the caller records as record-journalpost-number does.
import type { JournalEntry } from '../../domain/arkiv/journal-entry.ts';

/** A file's bytes, or null when the platform has none (the entry names it `mangler`). */
export type ArchiveFileReader = () => Promise<Buffer | null>;

/** One document to hand over: its entry and its files by name. */
export type ArchiveHandoverDocument = { entry: JournalEntry; read: Record<string, ArchiveFileReader> };

/** What is handed over at once: a round's documents, with what names the round (for a file name or a message). */
export type ArchiveHandover = {
  round: { id: string; title: string; year: number; officeName: string };
  documents: ArchiveHandoverDocument[];
};

/** The entries as delivered: a file the sink found missing has `mangler: true`; a returned number is filled in. */
export type ArchiveDelivery<TOut> = { entries: JournalEntry[]; output: TOut };

export interface ArchiveSink<TOut> {
  deliver(handover: ArchiveHandover): Promise<ArchiveDelivery<TOut>>;
}
