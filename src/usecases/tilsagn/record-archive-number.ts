// Records the journalpost number the office's archive gave an issued letter, when it differs from the document
// number (vedtak.record-archive-number, the case officers). Shown thereafter in the round's letter list and in a
// letter rendered later; the stored files of the issued letter stay as they were sent.
import { appendAudit } from '../../db/audit-repository.ts';
import { setArchiveNumber } from '../../db/tilsagn-letter-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZArchiveNumberInput } from '../../domain/tilsagn/issue-letters.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import type { UseCaseContext } from '../context.ts';

export async function recordArchiveNumber({ db, actor, clock, vedtakId, input }: UseCaseContext & { vedtakId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { decision } = await loadDecisionCase(tx, actor, vedtakId, 'record-archive-number', 'update');
    const { archiveNumber } = parseInput(ZArchiveNumberInput, input);
    if (!decision.documentNumber) throw new AppError('CONFLICT', msg('tilsagn.letters.notIssued'));
    await setArchiveNumber(tx, { id: decision.id, archiveNumber, at: clock.now() });
    await appendAudit(tx, actor, {
      action: 'record-archive-number',
      entityType: 'vedtak',
      entityId: decision.id,
      before: { archiveNumber: decision.archiveNumber },
      after: { archiveNumber },
    });
    return { vedtakId: decision.id, documentNumber: decision.documentNumber, archiveNumber };
  });
}
