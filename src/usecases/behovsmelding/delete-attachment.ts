// Removes an attachment while the application can still be edited. The row is kept, marked deleted (the history
// and earlier submissions name it); the content stays in the store since a submitted snapshot may list it.
import { appendAudit } from '../../db/audit-repository.ts';
import { findAttachment, markAttachmentDeleted } from '../../db/behovsmelding-attachment-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { assertEditable } from '../../domain/behovsmelding/application-resource.ts';
import type { AttachmentContext } from './add-attachment.ts';

export async function deleteAttachment({ db, actor, clock, id, attachmentId }: Omit<AttachmentContext, 'files'> & { id: string; attachmentId: string }) {
  await db.transaction(async (tx) => {
    const { app } = await loadApplication(tx, actor, id, 'edit', 'share');
    assertEditable(app);
    const row = await findAttachment(tx, app.id, attachmentId);
    if (!row) throw AppError.notFound(msg('behovsmelding.attachment.notFound'));
    await markAttachmentDeleted(tx, { id: row.id, deletedAt: clock.now() });
    await appendAudit(tx, actor, { action: 'delete', entityType: 'behovsmelding-attachment', entityId: row.id, before: { filename: row.filename, sha256: row.sha256 }, after: null });
  });
}
