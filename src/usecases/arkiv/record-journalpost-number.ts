// Records the journalpost number the office's archive gave one document of a round (archive.record-number, the case
// officers), shown in the next listing and export. A decision letter's number is the one issue 14 keeps in
// vedtak.archive_number (shown on the letter list and in a letter rendered later); the others go to
// archive_reference, keyed by kind and id as the entry names them. Empty clears it. Audited in the same transaction.
import { appendAudit } from '../../db/audit-repository.ts';
import { findDocumentRound, saveArchiveReference } from '../../db/arkiv-repository.ts';
import { setArchiveNumber } from '../../db/tilsagn-letter-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { ZJournalpostNumberInput } from '../../domain/arkiv/journal-contract.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadRoundDocuments } from '../../loaders/arkiv/round-documents.ts';
import type { UseCaseContext } from '../context.ts';
import { archiveFiles, type ArchiveConfig } from '../../loaders/arkiv/archive-files.ts';
import { entryAnswer } from '../../views/arkiv/journal-entry-view.ts';

export async function recordJournalpostNumber({
  db,
  actor,
  clock,
  config,
  kind,
  id,
  input,
}: UseCaseContext & { config: ArchiveConfig; kind: string; id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const roundId = await findDocumentRound(tx, kind, id);
    if (!roundId) throw AppError.notFound(msg('arkiv.documentNotFound'));
    const round = await loadRound(tx, roundId);
    const resource = { type: 'archive', officeId: round.officeId } as const;
    assertCan(actor, 'record-number', resource);
    const { journalpostnummer } = parseInput(ZJournalpostNumberInput, input);
    // Only a document the round hands over (a submitted one, an issued letter, an adopted innstilling …).
    const doc = (await loadRoundDocuments(tx, round, archiveFiles(tx, config))).find((d) => d.entry.kind === kind && d.entry.id === id);
    if (!doc) throw AppError.notFound(msg('arkiv.documentNotFound'));
    const now = clock.now();
    if (kind === 'vedtak') await setArchiveNumber(tx, { id, archiveNumber: journalpostnummer, at: now });
    else await saveArchiveReference(tx, { documentKind: kind, documentId: id, archiveNumber: journalpostnummer, byName: actor.name, at: now });
    await appendAudit(tx, actor, {
      action: 'record-journalpost-number',
      entityType: kind === 'vedtak' ? 'vedtak' : 'archive_reference',
      entityId: kind === 'vedtak' ? id : `${kind}:${id}`,
      before: { journalpostnummer: doc.entry.journalpostnummer },
      after: { journalpostnummer },
    });
    return entryAnswer({ ...doc.entry, journalpostnummer }, allowedVerbs(actor, resource));
  });
}
