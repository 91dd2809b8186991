// Deletes a draft started by mistake (wrong round, wrong partnership): only a draft that was never submitted, since
// a submission is an archived document whose number and frozen copy must stay (such a draft can only be left
// unsubmitted). Its fields, history and attachments go with it; the audit log keeps that it existed and who deleted
// it (issue 12).
import { appendAudit } from '../../db/audit-repository.ts';
import { deleteDraftApplication, listSubmissions } from '../../db/behovsmelding-application-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import type { AttachmentContext } from './add-attachment.ts';

export async function deleteDraft({ db, actor, files, id }: AttachmentContext & { id: string }) {
  const fileKeys = await db.transaction(async (tx) => {
    const { app, round, partnership } = await loadApplication(tx, actor, id, 'delete', 'update');
    if (app.status !== 'utkast') throw new AppError('CONFLICT', msg('behovsmelding.onlyDraftsCanBeDeleted'));
    if ((await listSubmissions(tx, app.id)).length > 0) throw new AppError('CONFLICT', msg('behovsmelding.journaledCannotBeDeleted'));
    const keys = await deleteDraftApplication(tx, app.id);
    await appendAudit(tx, actor, {
      action: 'delete',
      entityType: 'behovsmelding',
      entityId: app.id,
      before: { status: app.status, roundId: round.id, partnershipId: partnership.id, partnershipName: partnership.name, attachments: keys.length },
      after: null,
    });
    return keys;
  });
  // After the commit: a rollback must never leave rows pointing at removed files. A file left behind is harmless.
  for (const key of fileKeys) await files(db).delete(key).catch(() => undefined);
}
