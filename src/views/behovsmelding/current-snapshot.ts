// The application as a snapshot: the latest submission's frozen copy, or — for drafts, where asked for — one built
// from the fields as they are now (no document number), so exports work the same way for both. And a submission's
// PDF and DOCX: a frozen snapshot never changes, so the render-submission job (queued by the submit, in its
// transaction) renders them once into the file store, and downloads read them from there instead of rendering on
// the request's event loop (issue 11, point 3).
import { findSubmission } from '../../db/behovsmelding-application-repository.ts';
import { loadFields } from '../../db/behovsmelding-field-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { LoadedApplication } from '../../loaders/behovsmelding/load-application.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { storedFields, validateStored } from './stored-fields.ts';

/** The latest submission's snapshot, or the one with `sequence` (the render job names the one it was queued for). */
export async function submittedSnapshot(db: DbOrTx, applicationId: string, sequence?: number): Promise<TApplicationSnapshot | null> {
  const row = await findSubmission(db, applicationId, sequence);
  return row ? (row.snapshot as TApplicationSnapshot) : null;
}

export const RENDER_SUBMISSION_JOB = 'render-submission';
/** A submission is (application, sequence): a resubmission after a return is a new snapshot with documents of its own. */
export type RenderSubmissionPayload = { applicationId: string; sequence: number };
export type SubmissionDocumentFormat = 'pdf' | 'docx';

/** Where a submission's rendered document is stored. File-store keys are flat (no folders), hence the dashes. */
export const submissionDocumentKey = ({ applicationId, sequence }: RenderSubmissionPayload, format: SubmissionDocumentFormat) =>
  `submission-${applicationId}-${sequence}.${format}`;

/** Rendered in the render worker thread: the job runs in the server process, where the layout would stall requests. */
export const renderSubmissionDocument = (snapshot: TApplicationSnapshot, format: SubmissionDocumentFormat): Promise<Buffer> =>
  renderOffThread(format === 'pdf' ? 'application-pdf' : 'application-docx', snapshot);

/**
 * A submission's PDF or DOCX: the stored rendering when the job has made it, else rendered now. Correct first, fast
 * when ready — the job may not have run yet (just submitted, worker busy or down) and submissions from before the job
 * existed have nothing stored, so a missing file is never an error. Both ways give the same document: it is rendered
 * from the same frozen snapshot (the PDF byte for byte, its dates being the submission's).
 */
export async function submittedDocument(
  files: FileStore | undefined,
  snapshot: TApplicationSnapshot,
  submission: RenderSubmissionPayload,
  format: SubmissionDocumentFormat,
): Promise<Buffer> {
  const stored = await files?.get(submissionDocumentKey(submission, format));
  return stored ? stored.data : renderSubmissionDocument(snapshot, format);
}

export async function draftSnapshot(db: DbOrTx, loaded: LoadedApplication, clock: Clock): Promise<TApplicationSnapshot> {
  const stored = storedFields(await loadFields(db, loaded.app.id));
  const values = stored.values;
  const validation = validateStored(stored, { coordinatorAllowed: loaded.round.coordinatorAllowed });
  return buildSnapshot(db, loaded, { values, validation, documentNumber: '', sequence: 0, submittedAt: clock.now(), submittedByName: '', onExtension: false });
}
