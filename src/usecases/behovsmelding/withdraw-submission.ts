// A coordinator (or an editor allowed to submit) takes the partnership's submission back before the deadline, to
// correct something without asking the office for a return: the application is a draft again. Its document number
// and frozen snapshot stay (the archive has them; a new submission is the next document), the withdrawal is
// audited and shown on the office's list, so the office knows the submission it may have opened is no longer the
// partnership's word (issue 12).
import { appendAudit } from '../../db/audit-repository.ts';
import { markApplicationWithdrawn } from '../../db/behovsmelding-application-repository.ts';
import { findExtension } from '../../db/behovsmelding-round-repository.ts';
import { submitTiming } from '../../domain/behovsmelding/resubmission-window.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { applicationView } from '../../views/behovsmelding/application-view.ts';

export async function withdrawSubmission({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return db.transaction(async (tx) => {
    const { app, round, partnership } = await loadApplication(tx, actor, id, 'withdraw', 'update');
    if (app.status !== 'sendt') throw new AppError('CONFLICT', msg('behovsmelding.onlySubmittedCanBeWithdrawn'));
    const now = clock.now();
    const extension = await findExtension(tx, round.id, partnership.id);
    // Only while it could be sent again: a withdrawal after the deadline would leave the office with nothing.
    const timing = submitTiming({ deadlineLocal: round.deadlineLocal, extensionUntilLocal: extension?.untilLocal ?? null, resubmitUntilLocal: app.resubmitUntilLocal, submittedAt: now });
    if (!timing.onTime) throw new AppError('CONFLICT', msg('behovsmelding.withdrawAfterDeadline', { when: timing.when }));
    await markApplicationWithdrawn(tx, { id: app.id, withdrawnAt: now, withdrawnByName: actor.name });
    await appendAudit(tx, actor, {
      action: 'withdraw',
      entityType: 'behovsmelding',
      entityId: app.id,
      before: { status: app.status, documentNumber: app.documentNumber },
      after: { status: 'utkast' },
    });
    return applicationView(tx, actor, await loadApplication(tx, actor, id, 'read'), clock);
  });
}

