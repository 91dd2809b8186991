// A round's journal entries as the office hands them to its archive (archive.read, the case officers): every archived
// document with its Noark metadata, file names (a missing file named as such) and any returned journalpost number.
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { TJournalEntryAnswer } from '../../domain/arkiv/journal-contract.ts';
import type { JournalEntry } from '../../domain/arkiv/journal-entry.ts';
import type { ArchiveVerb } from '../../domain/arkiv/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadRoundDocuments } from '../../loaders/arkiv/round-documents.ts';
import type { UseCaseContext } from '../context.ts';
import { archiveFiles, type ArchiveConfig } from './archive-config.ts';

/** An entry as the API answers it: with what the actor may do with it. */
export const entryAnswer = (e: JournalEntry, allowed: ArchiveVerb[]): TJournalEntryAnswer => ({
  ...e,
  allowed: allowed.filter((v) => v === 'record-number'),
});

export async function listJournalEntries({ db, actor, config, roundId }: UseCaseContext & { config: ArchiveConfig; roundId: string }) {
  const round = await loadRound(db, roundId);
  const resource = { type: 'archive', officeId: round.officeId } as const;
  assertCan(actor, 'read', resource);
  const allowed = allowedVerbs(actor, resource);
  const documents = await loadRoundDocuments(db, round, archiveFiles(db, config));
  return {
    roundId: round.id,
    roundTitle: round.title,
    year: round.year,
    officeName: round.officeName,
    entries: documents.map((d) => entryAnswer(d.entry, allowed)),
    allowed,
  };
}
