// Renders a submission's PDF and DOCX once, off the request path, and stores them where the export reads them
// (views/behovsmelding/current-snapshot.ts). Queued by the submit in its transaction, so every committed submission
// gets its documents; a download before the job has run renders them itself, so the job is an optimisation and
// never a condition for a download.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import {
  renderSubmissionDocument,
  submissionDocumentKey,
  submittedSnapshot,
  type RenderSubmissionPayload,
  type SubmissionDocumentFormat,
} from '../../views/behovsmelding/current-snapshot.ts';
import { PermanentJobError, type JobHandler } from './job-handler.ts';

const CONTENT_TYPES: Record<SubmissionDocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function renderSubmissionHandler({ db, config }: { db: Db; config: Config }): JobHandler {
  const files = fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db });
  return async (payload) => {
    const { applicationId, sequence } = (payload ?? {}) as Partial<RenderSubmissionPayload>;
    if (typeof applicationId !== 'string' || !isUuid(applicationId) || !Number.isInteger(sequence) || sequence! < 1)
      throw new PermanentJobError('render-submission without applicationId and sequence');
    const submission = { applicationId, sequence: sequence! };
    // Submissions are never deleted or changed (a trigger forbids it): one that is not there never will be.
    const snapshot = await submittedSnapshot(db, applicationId, submission.sequence);
    if (!snapshot || snapshot.sequence !== submission.sequence) throw new PermanentJobError(`no submission ${submission.sequence} of ${applicationId}`);
    for (const format of ['pdf', 'docx'] as const) {
      const key = submissionDocumentKey(submission, format);
      // A retry after a crash skips what is already stored; the store's put is atomic, so what is there is whole.
      if (await files.get(key)) continue;
      await files.put({ key, contentType: CONTENT_TYPES[format], data: await renderSubmissionDocument(snapshot, format) });
    }
  };
}
