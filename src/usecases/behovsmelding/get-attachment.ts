// Downloads an attachment: whoever may read the application may read its attachments, nobody else.
import { findAttachment } from '../../db/behovsmelding-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { loadApplication } from './application-access.ts';
import type { AttachmentContext } from './context.ts';

export async function getAttachment({ db, actor, files, id, attachmentId }: AttachmentContext & { id: string; attachmentId: string }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const row = await findAttachment(db, app.id, attachmentId);
  const file = row ? await files(db).get(row.fileKey) : undefined;
  if (!row || !file) throw AppError.notFound('Fant ikke vedlegget');
  return { filename: row.filename, contentType: row.contentType, data: file.data };
}
