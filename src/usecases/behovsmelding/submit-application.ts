// Submits a behovsmelding: on time (or on the partnership's extension, or inside the resubmission window a return
// opened), with no errors; numbers it as a document in its county's case (`2023/8245-3`), freezes a snapshot, marks
// it sent, writes the receipt e-mail (and, for a returned one, a note to the case officer who returned it) to the
// outbox and queues the rendering of its PDF and DOCX — all in one transaction, so a refused submit leaves nothing
// behind and a committed one always gets its documents.
import { findUser } from '../../db/access-repository.ts';
import { appendAudit } from '../../db/audit-repository.ts';
import { documentNumbersInCase, findExtension, lockRoundCase } from '../../db/behovsmelding-round-repository.ts';
import { insertSubmission, listSubmissions, markApplicationSubmitted } from '../../db/behovsmelding-application-repository.ts';
import { loadFields } from '../../db/behovsmelding-field-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { enqueue } from '../../db/job-repository.ts';
import { findPerson } from '../../db/org-repository.ts';
import { errorsOf, warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import { formatDocumentNumber, nextDocumentSequence, parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { submitTiming } from '../../domain/behovsmelding/resubmission-window.ts';
import { ZEmail } from '../../domain/shared/fields.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { applicationLink } from '../../domain/notify/links.ts';
import { receiptNotice } from '../../domain/notify/receipt.ts';
import { resubmittedNotice } from '../../domain/notify/returned.ts';
import { noticeLanguageOf } from '../../loaders/notify/notice-recipients.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { assertEditable } from '../../domain/behovsmelding/application-resource.ts';
import { buildSnapshot } from '../../views/behovsmelding/build-snapshot.ts';
import { RENDER_SUBMISSION_JOB, type RenderSubmissionPayload } from '../../views/behovsmelding/current-snapshot.ts';
import { storedFields, validateStored } from '../../views/behovsmelding/stored-fields.ts';

/** `publicUrl`: the app's address (config.publicUrl), so the receipt links to the application. */
export type SubmitApplicationOptions = UseCaseContext & { id: string; publicUrl?: string };

export async function submitApplication({ db, actor, clock, id, publicUrl }: SubmitApplicationOptions) {
  return db.transaction(async (tx) => {
    const loaded = await loadApplication(tx, actor, id, 'submit', 'update');
    const { app, round, partnership } = loaded;
    assertEditable(app);
    const now = clock.now();
    const extension = await findExtension(tx, round.id, partnership.id);
    const timing = submitTiming({
      deadlineLocal: round.deadlineLocal,
      extensionUntilLocal: extension?.untilLocal ?? null,
      resubmitUntilLocal: app.resubmitUntilLocal,
      submittedAt: now,
    });
    if (!timing.onTime) throw new AppError('CONFLICT', timing.message, { fieldErrors: [{ field: 'deadline', message: timing.message }] });

    const stored = storedFields(await loadFields(tx, app.id));
    const values = stored.values;
    const validation = validateStored(stored, { coordinatorAllowed: round.coordinatorAllowed });
    const errors = errorsOf(validation.issues);
    if (errors.length) {
      const summary = errors.length === 1 ? errors[0]!.message : msg('behovsmelding.submitErrors', { count: errors.length });
      throw new AppError('VALIDATION', summary, { fieldErrors: errors.map((e) => ({ field: e.path, message: e.message })) });
    }

    const caseRow = await lockRoundCase(tx, round.id, app.countyNumber);
    if (!caseRow) throw new AppError('CONFLICT', msg('behovsmelding.caseNumberGone'));
    const taken = (await documentNumbersInCase(tx, caseRow.caseNumber)).map((n) => parseDocumentNumber(n)?.documentSequence ?? 0);
    const documentNumber = formatDocumentNumber(caseRow.caseNumber, nextDocumentSequence(taken));
    const sequence = (await listSubmissions(tx, app.id)).length + 1;
    // Late ("sen") only when the extension alone made it: never inside a resubmission window.
    const onExtension = timing.late;
    const snapshot = await buildSnapshot(tx, loaded, { values, validation, documentNumber, sequence, submittedAt: now, submittedByName: actor.name, onExtension });
    await insertSubmission(tx, { applicationId: app.id, sequence, documentNumber, submittedAt: now, submittedByName: actor.name, snapshot });
    await markApplicationSubmitted(tx, { id: app.id, documentNumber, submittedAt: now, submittedByName: actor.name, onExtension });
    // Rendered once, by the job worker in the render thread (ADR 022), not on every download (issue 11).
    const render: RenderSubmissionPayload = { applicationId: app.id, sequence };
    await enqueue(tx, RENDER_SUBMISSION_JOB, render);

    const recipients = await receiptRecipients(tx, values['s4.kontaktEpost'], partnership.coordinatorPersonId);
    // In the applicant's written standard (issue 15): the receipt is the first message of the case.
    const language = await noticeLanguageOf(tx, partnership.applicant.id, round.officeId);
    const link = applicationLink(publicUrl, app.id);
    const receipt = receiptNotice({
      language,
      officeName: round.officeName,
      partnershipName: partnership.name,
      roundTitle: round.title,
      documentNumber,
      submittedAt: now,
      submittedByName: actor.name,
      onExtension,
      link,
    });
    for (const to of recipients) await queueEmail(tx, { to, ...receipt });
    // The case officer who returned it hears that it came back (issue 12), in the same transaction as the submit.
    const returner = app.status === 'returnert' && app.returnedByUserId ? await findUser(tx, app.returnedByUserId) : undefined;
    if (returner)
      await queueEmail(tx, {
        to: returner.email.toLowerCase(),
        ...resubmittedNotice({ language: 'nb', partnershipName: partnership.name, roundTitle: round.title, documentNumber, submittedAt: now, submittedByName: actor.name, link }),
      });
    await appendAudit(tx, actor, {
      action: 'submit',
      entityType: 'behovsmelding',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'sendt', documentNumber, sequence, onExtension, receiptTo: recipients },
    });
    return { documentNumber, submittedAt: now.toISOString(), sequence, receiptEmailTo: recipients, warnings: warningsOf(validation.issues) };
  });
}

async function receiptRecipients(tx: Parameters<typeof findPerson>[0], contactEmail: unknown, coordinatorPersonId: string | null): Promise<string[]> {
  const emails = new Set<string>();
  const contact = ZEmail.safeParse(contactEmail);
  if (contact.success) emails.add(contact.data);
  if (coordinatorPersonId) {
    const coordinator = await findPerson(tx, coordinatorPersonId);
    if (coordinator) emails.add(coordinator.email.toLowerCase());
  }
  return [...emails];
}
