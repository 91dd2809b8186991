// A round's archive handover as one ZIP (archive.export, the case officers; the CLI's `archive-export`): the journal
// entries as JSON and CSV with every listed file, written by the ZIP sink (src/integrations/archive/noark-export.ts).
// Letters still queued for rendering and submissions rendered before the job existed are rendered here; a file the
// platform does not have is named in the JSON with "mangler": true (a claim letter still queued is rendered here, as a letter is).
import { assertCan } from '../../domain/access/policy.ts';
import { noarkZipSink } from '../../integrations/archive/noark-export.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadRoundDocuments } from '../../loaders/arkiv/round-documents.ts';
import type { UseCaseContext } from '../context.ts';
import { archiveFiles, type ArchiveConfig } from '../../loaders/arkiv/archive-files.ts';

export async function exportArchiveZip({ db, actor, clock, config, roundId }: UseCaseContext & { config: ArchiveConfig; roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'export', { type: 'archive', officeId: round.officeId });
  const documents = await loadRoundDocuments(db, round, archiveFiles(db, config));
  const { entries, output } = await noarkZipSink(clock.now()).deliver({
    round: { id: round.id, title: round.title, year: round.year, officeName: round.officeName },
    documents,
  });
  return { ...output, entries };
}
