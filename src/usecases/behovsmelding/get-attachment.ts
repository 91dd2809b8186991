// Downloads an attachment: whoever may read the application may read its attachments, nobody else. The name goes
// out with the extension of the stored type, also for rows stored before names were tied to content (issue 8).
import { findAttachment } from '../../db/behovsmelding-attachment-repository.ts';
import { servedAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import type { AttachmentContext } from './add-attachment.ts';

export async function getAttachment({ db, actor, files, id, attachmentId }: AttachmentContext & { id: string; attachmentId: string }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const row = await findAttachment(db, app.id, attachmentId);
  const file = row ? await files(db).get(row.fileKey) : undefined;
  if (!row || !file) throw AppError.notFound(msg('behovsmelding.attachment.notFound'));
  return { ...servedAttachment(row), data: file.data };
}
