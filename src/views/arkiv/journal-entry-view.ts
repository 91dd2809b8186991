// A journal entry as the API answers it: with what the actor may do with it (only recording its number is per entry).
import type { TJournalEntryAnswer } from '../../domain/arkiv/journal-contract.ts';
import type { JournalEntry } from '../../domain/arkiv/journal-entry.ts';
import type { ArchiveVerb } from '../../domain/arkiv/policy.ts';

/** An entry as the API answers it: with what the actor may do with it. */
export const entryAnswer = (e: JournalEntry, allowed: ArchiveVerb[]): TJournalEntryAnswer => ({
  ...e,
  allowed: allowed.filter((v) => v === 'record-number'),
});
