// One outbox row as the admin's outbox page shows it: its state said once here (sent, written as .eml, waiting, failed)
// and whether it may be sent again. Named fields only, so a column added to the table later is not sent without a
// decision (the attachments' storage keys stay on the server).
import { emailsWithOpenJob, type EmailRow } from '../../db/email-repository.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { OutboxEntry, OutboxState } from '../../domain/platform/contract.ts';
import type { DbOrTx } from '../../db/client.ts';

export function outboxState(row: Pick<EmailRow, 'sentAt' | 'emlFile' | 'failedAt'>): OutboxState {
  if (row.sentAt) return row.emlFile ? 'eml' : 'sent';
  return row.failedAt ? 'failed' : 'pending';
}

/** Resending is for mail that is not sent and has no attempt waiting: a failed one, or one left unsent by an older
 * worker (before the .eml files, mail without SMTP stayed unsent with its job done). */
export const resendable = (row: Pick<EmailRow, 'sentAt'>, hasOpenJob: boolean) => !row.sentAt && !hasOpenJob;

export async function outboxEntries(db: DbOrTx, actor: Actor, rows: readonly EmailRow[]): Promise<OutboxEntry[]> {
  const open = await emailsWithOpenJob(
    db,
    rows.filter((r) => !r.sentAt).map((r) => r.id),
  );
  const mayResend = can(actor, 'resend', { type: 'email-outbox' });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    to: r.to,
    subject: r.subject,
    text: r.text,
    sentAt: r.sentAt?.toISOString() ?? null,
    kind: r.kind,
    language: r.language,
    link: r.link,
    attachments: r.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
    state: outboxState(r),
    attempts: r.attempts,
    lastError: r.lastError,
    failedAt: r.failedAt?.toISOString() ?? null,
    emlFile: r.emlFile,
    allowed: mayResend && resendable(r, open.has(r.id)) ? ['resend' as const] : [],
  }));
}
