// "Send på nytt" (issue 15, point 3): the admin queues a mail the worker gave up on once more. The row is no longer
// failed and a new send-email job runs with the queue's backoff from the start; audited. A mail already sent (or
// written as .eml) is refused, and so is one with an attempt still waiting, so a mail is never sent twice by this.
import { appendAudit } from '../../db/audit-repository.ts';
import { emailsWithOpenJob, findEmail, requeueEmail } from '../../db/email-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { OutboxEntry } from '../../domain/platform/contract.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { outboxEntries } from '../../views/platform/outbox-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function resendEmail({ db, actor, id }: UseCaseContext & { id: string }): Promise<OutboxEntry> {
  assertCan(actor, 'resend', { type: 'email-outbox' });
  if (!isUuid(id)) throw AppError.notFound();
  return db.transaction(async (tx) => {
    // Locked, so two admins pressing at once queue it once: the second sees the first one's job.
    const mail = await findEmail(tx, id, { lock: true });
    if (!mail) throw AppError.notFound();
    if (mail.sentAt) throw new AppError('CONFLICT', msg('shared.outbox.alreadySent'));
    if ((await emailsWithOpenJob(tx, [id])).has(id)) throw new AppError('CONFLICT', msg('shared.outbox.alreadyQueued'));
    await requeueEmail(tx, id);
    await appendAudit(tx, actor, {
      action: 'resend',
      entityType: 'email-outbox',
      entityId: id,
      before: { failedAt: mail.failedAt, lastError: mail.lastError, attempts: mail.attempts },
      after: { failedAt: null, lastError: null, attempts: mail.attempts },
    });
    const saved = await findEmail(tx, id);
    const [entry] = await outboxEntries(tx, actor, [saved!]);
    return entry!;
  });
}
