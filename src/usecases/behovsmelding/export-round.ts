// The whole round for the office and the forum: XLSX (one row per application and part, with sums) or the ZIP
// case file (every submitted application as PDF, with its attachments, named by their stored type so a snapshot
// taken before names were tied to content never puts `plan.bat` in the archive — issue 8, finding 3). Both are
// rendered in the render worker thread: an XLSX of a full round is seconds of CPU the request's event loop can't spare.
import { listApplications } from '../../db/behovsmelding-application-repository.ts';
import { findAttachmentFileKey } from '../../db/behovsmelding-attachment-repository.ts';
import { attachmentFilePath, caseFilePath, roundFileName, type TZipEntry } from '../../documents/behovsmelding/round-zip.ts';
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import { servedAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import type { AttachmentContext } from './add-attachment.ts';
import { draftSnapshot, submittedDocument, submittedSnapshot } from '../../views/behovsmelding/current-snapshot.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

/**
 * Lets the event loop turn between applications. On PGlite every statement runs in this thread and answers through
 * promises, so gathering a round of 60 applications ran as one unbroken chain of microtasks that kept every other
 * request waiting (0.8 s in the deadline-day benchmark, issue 11); between applications, others are read and served.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const STATUS_LABELS: Record<string, string> = { utkast: 'Utkast', sendt: 'Innsendt', returnert: 'Returnert for retting' };

export async function exportRound({ db, actor, clock, files, roundId, format }: AttachmentContext & { roundId: string; format: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'review', { type: 'behovsmelding-round', officeId: round.officeId });
  const apps = await listApplications(db, { roundId });

  if (format === 'xlsx') {
    const applications = [];
    for (const { row } of apps) {
      await nextTurn();
      const snapshot = (await submittedSnapshot(db, row.id)) ?? (await draftSnapshot(db, await loadApplication(db, actor, row.id, 'read'), clock));
      applications.push({ snapshot, status: STATUS_LABELS[row.status] ?? row.status, late: row.onExtension, returned: row.returnCount > 0 });
    }
    const data = await renderOffThread('round-xlsx', { round: { title: round.title, year: round.year, officeName: round.officeName, budgetFrameKr: round.budgetFrameKr }, applications });
    return { filename: roundFileName(round.title, 'xlsx'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data };
  }
  if (format === 'zip') {
    const entries: TZipEntry[] = [];
    for (const { row } of apps) {
      await nextTurn();
      const snapshot = await submittedSnapshot(db, row.id);
      if (!snapshot) continue;
      // The PDF rendered at submit (render-submission job) when it is stored, else rendered now.
      const pdf = await submittedDocument(files(db), snapshot, { applicationId: row.id, sequence: snapshot.sequence }, 'pdf');
      entries.push({ path: caseFilePath(snapshot, 'pdf'), data: pdf, modifiedAt: new Date(snapshot.submittedAt) });
      for (const a of snapshot.attachments) {
        const stored = await findAttachmentFileKey(db, row.id, a.id);
        const file = stored ? await files(db).get(stored) : undefined;
        if (file) entries.push({ path: attachmentFilePath(snapshot, servedAttachment(a)), data: file.data, modifiedAt: new Date(snapshot.submittedAt) });
      }
    }
    return { filename: roundFileName(round.title, 'zip', 'saksmappe'), contentType: 'application/zip', data: await renderOffThread('round-zip', entries) };
  }
  throw AppError.notFound(msg('behovsmelding.unknownFormat', { format: format.slice(0, 20) }));
}

