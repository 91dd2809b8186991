// A round's journal entries as the office hands them to its archive (archive.read, the case officers): every archived
// document with its Noark metadata, file names (a missing file named as such) and any returned journalpost number.
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadRoundDocuments } from '../../loaders/arkiv/round-documents.ts';
import { entryAnswer } from '../../views/arkiv/journal-entry-view.ts';
import type { UseCaseContext } from '../context.ts';
import { archiveFiles, type ArchiveConfig } from '../../loaders/arkiv/archive-files.ts';


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
