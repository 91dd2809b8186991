// The office returns a submitted application for correction with a message: editing reopens, the submitted
// snapshot and the field history stay, and the contact person is told by e-mail (src/domain/notify/returned.ts, in the applicant's written standard). The return opens a resubmission
// window (14 days by default, or the date the case officer sets): returns often come after the round's deadline,
// and the corrected application must be able to come back (issue 12; resubmission-window.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { markApplicationReturned } from '../../db/behovsmelding-application-repository.ts';
import { applicationLink } from '../../domain/notify/links.ts';
import { returnedNotice } from '../../domain/notify/returned.ts';
import { partnershipRecipients } from '../../loaders/notify/notice-recipients.ts';
import { defaultResubmitUntilLocal, MAX_RESUBMISSION_DAYS } from '../../domain/behovsmelding/resubmission-window.ts';
import { deadlineClosesAt } from '../../domain/behovsmelding/round-deadline.ts';
import { ZReturnInput } from '../../domain/behovsmelding/round.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { formatOsloDateTime } from '../../domain/shared/oslo-time.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { applicationView } from '../../views/behovsmelding/application-view.ts';

const DAY_MS = 86_400_000;

export async function returnApplication({ db, actor, clock, id, input, publicUrl }: UseCaseContext & { id: string; input: unknown; publicUrl?: string }) {
  const { message, resubmitUntilLocal: chosen } = parseInput(ZReturnInput, input);
  const now = clock.now();
  const resubmitUntilLocal = chosen ?? defaultResubmitUntilLocal(now);
  const closesAt = deadlineClosesAt(resubmitUntilLocal);
  return db.transaction(async (tx) => {
    const loaded = await loadApplication(tx, actor, id, 'return', 'update');
    const { app, round, partnership } = loaded;
    if (app.status !== 'sendt') throw new AppError('CONFLICT', msg('behovsmelding.onlySubmittedCanBeReturned'));
    // Checked after access, so a stranger learns nothing from the answer.
    if (closesAt.getTime() <= now.getTime()) throw validationError([{ field: 'resubmitUntilLocal', message: msg('behovsmelding.resubmitUntilInPast') }]);
    if (closesAt.getTime() > now.getTime() + (MAX_RESUBMISSION_DAYS + 1) * DAY_MS)
      throw validationError([{ field: 'resubmitUntilLocal', message: msg('behovsmelding.resubmitUntilTooLate', { days: MAX_RESUBMISSION_DAYS }) }]);
    await markApplicationReturned(tx, { id: app.id, message, returnedAt: now, returnedByName: actor.name, returnedByUserId: actor.userId, resubmitUntilLocal });
    const until = formatOsloDateTime(new Date(closesAt.getTime() - 1000));
    const to = await partnershipRecipients(tx, { partnershipId: partnership.id, applicationId: app.id, officeId: round.officeId, contactOnly: true });
    const notice = returnedNotice({
      language: to?.language ?? 'nb',
      officeName: round.officeName,
      partnershipName: partnership.name,
      documentNumber: app.documentNumber,
      returnedByName: actor.name,
      message,
      resubmitUntil: until,
      link: applicationLink(publicUrl, app.id),
    });
    for (const email of to?.emails ?? []) await queueEmail(tx, { to: email, ...notice });
    await appendAudit(tx, actor, {
      action: 'return',
      entityType: 'behovsmelding',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'returnert', message, resubmitUntilLocal },
    });
    return applicationView(tx, actor, await loadApplication(tx, actor, id, 'read'), clock);
  });
}
