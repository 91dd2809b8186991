// Adds an attachment (e.g. the budget spreadsheet the form asks for) to an application that can still be edited.
// Type by content and size are checked before anything is stored; the file and its row are written together (in
// the database with DATABASE_URL; on disk the file is removed again if the row cannot be written). The stored name
// carries the detected type's extension (`plan.bat` holding a PDF is stored as `plan.pdf`, issue 8 finding 3); the
// audit row keeps the name it was uploaded under when that differs.
import { createHash, randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit-repository.ts';
import { insertAttachment } from '../../db/behovsmelding-attachment-repository.ts';
import { MAX_ATTACHMENT_BYTES, attachmentFilename, attachmentRefusalMessage, cleanFilename, inspectAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { assertEditable } from '../../domain/behovsmelding/application-resource.ts';
import { attachmentOut } from '../../views/behovsmelding/application-view.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import type { UseCaseContext } from '../context.ts';

/** The attachment use cases also need the file store: `files(tx)`, bound to the transaction when files live in the
 * database. */
export type AttachmentContext = UseCaseContext & { files: (db: DbOrTx) => FileStore };

export async function addAttachment({ db, actor, clock, files, id, upload }: AttachmentContext & { id: string; upload: { filename: string; data: Buffer; truncated: boolean } }) {
  // Access first: someone without rights learns nothing about the file rules.
  await loadApplication(db, actor, id, 'edit');
  if (upload.truncated || upload.data.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('VALIDATION', msg('behovsmelding.attachment.tooLarge', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }), {
      fieldErrors: [{ field: 'file', message: msg('behovsmelding.attachment.tooLargeShort', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }) }],
    });
  if (upload.data.length === 0) throw validationError([{ field: 'file', message: msg('behovsmelding.attachment.empty') }]);
  const uploadedAs = cleanFilename(upload.filename);
  const verdict = inspectAttachment(upload.data, uploadedAs);
  if (!verdict.ok) throw validationError([{ field: 'file', message: attachmentRefusalMessage(verdict.reason, uploadedAs) }]);
  const { type } = verdict;
  const filename = attachmentFilename(uploadedAs, type);
  const fileKey = `bm-${randomUUID()}`;
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  try {
    return await db.transaction(async (tx) => {
      const { app } = await loadApplication(tx, actor, id, 'edit', 'share');
      assertEditable(app);
      await files(tx).put({ key: fileKey, contentType: type.contentType, data: upload.data });
      const row = await insertAttachment(tx, {
        applicationId: app.id,
        fileKey,
        filename,
        contentType: type.contentType,
        size: upload.data.length,
        sha256,
        uploadedByName: actor.name,
        uploadedAt: clock.now(),
      });
      await appendAudit(tx, actor, { action: 'create', entityType: 'behovsmelding-attachment', entityId: row.id, before: null, after: { applicationId: app.id, filename, ...(uploadedAs === filename ? {} : { uploadedAs }), contentType: type.contentType, size: row.size, sha256 } });
      return attachmentOut(row);
    });
  } catch (error) {
    await files(db).delete(fileKey).catch(() => undefined);
    throw error;
  }
}
