// The application as the form reads it (src/domain/behovsmelding/application-contract.ts `Application`): fields with
// versions, the live validation, the deadline as it applies to this partnership, submissions and attachments.
import { findExtension } from '../../db/behovsmelding-round-repository.ts';
import { listSubmissions } from '../../db/behovsmelding-application-repository.ts';
import { latestChangeId, loadFields } from '../../db/behovsmelding-field-repository.ts';
import { listAttachments } from '../../db/behovsmelding-attachment-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Application, ApplicationPartnership, Attachment } from '../../domain/behovsmelding/application-contract.ts';
import { servedAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { submitTiming } from '../../domain/behovsmelding/resubmission-window.ts';
import { deadlineClosesAt, isSubmissionOnTime } from '../../domain/behovsmelding/round-deadline.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { type LoadedApplication } from '../../loaders/behovsmelding/load-application.ts';
import { fieldStateOf, storedFields, validateStored } from './stored-fields.ts';
import { roundOut } from './round-view.ts';
import { applicationForumView } from '../forum/innstilling-view.ts';
import { loadHeldOverForApplication } from '../../loaders/utbetaling/held-over.ts';

/** Listed under the name and type it is served with (a row stored before names were tied to content, too). */
export function attachmentOut(a: { id: string; filename: string; contentType: string; size: number; uploadedByName: string; uploadedAt: Date }): Attachment {
  const served = servedAttachment(a);
  return { id: a.id, filename: served.filename, contentType: served.contentType, size: a.size, uploadedByName: a.uploadedByName, uploadedAt: a.uploadedAt.toISOString() };
}

export function partnershipOut(p: LoadedApplication['partnership']): ApplicationPartnership {
  return {
    id: p.id,
    name: p.name,
    officeId: p.officeId,
    owners: p.members.filter((m) => m.role === 'owner').map((m) => m.name),
    uh: p.members.filter((m) => m.role === 'uh').map((m) => m.name),
  };
}

export async function applicationView(db: DbOrTx, actor: Actor, loaded: LoadedApplication, clock: Clock): Promise<Application> {
  const { app, round, partnership, resource } = loaded;
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const stored = storedFields(await loadFields(db, app.id));
  const cursor = await latestChangeId(db, app.id);
  const submissions = await listSubmissions(db, app.id);
  const attachments = await listAttachments(db, app.id);
  const extension = await findExtension(db, round.id, partnership.id);
  const forum = await applicationForumView(db, app, round);
  const heldOverByOffice = await loadHeldOverForApplication(db, { partnershipId: partnership.id, schemeId: round.schemeId, year: round.year });
  const now = clock.now();
  const timing = isSubmissionOnTime({ deadlineLocal: round.deadlineLocal, submittedAt: now, extensionUntilLocal: extension?.untilLocal ?? null });
  const resubmitUntilLocal = app.resubmitUntilLocal;
  // The window counts only when it ends after the round's deadline (with any extension): then it is the deadline.
  const windowCloses = resubmitUntilLocal ? deadlineClosesAt(resubmitUntilLocal) : null;
  const closesAt = windowCloses && windowCloses.getTime() > timing.closesAt.getTime() ? windowCloses : timing.closesAt;
  const onTimeNow = submitTiming({ deadlineLocal: round.deadlineLocal, extensionUntilLocal: extension?.untilLocal ?? null, resubmitUntilLocal, submittedAt: now }).onTime;
  return {
    id: app.id,
    status: app.status,
    round: roundOut(round, clock),
    partnership: partnershipOut(partnership),
    /** The verbs this actor may use on the application: the policy's, whatever its status (the UI opens the form
     * with `edit` and an editable status, offers "Returner" with `return` and status sendt). */
    allowed: allowedVerbs(actor, resource),
    fields: Object.fromEntries(stored.shown.map((r) => [r.key, fieldStateOf(r)])),
    changeCursor: cursor,
    validation: validateStored(stored, { coordinatorAllowed: round.coordinatorAllowed }),
    deadline: { closesAt: closesAt.toISOString(), extendedUntilLocal: extension?.untilLocal ?? null, resubmitUntilLocal, onTimeNow },
    submissions: submissions.map((s) => ({ sequence: s.sequence, documentNumber: s.documentNumber, submittedAt: s.submittedAt.toISOString(), submittedByName: s.submittedByName })),
    returnMessage: app.returnMessage,
    returnedByName: app.returnedByName,
    returnedAt: app.returnedAt?.toISOString() ?? null,
    withdrawnAt: app.withdrawnAt?.toISOString() ?? null,
    withdrawnByName: app.withdrawnByName,
    attachments: attachments.map(attachmentOut),
    previousId: app.previousId,
    version: app.version,
    forum,
    heldOverByOffice,
  };
}
