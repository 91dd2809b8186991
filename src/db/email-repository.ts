// The e-mail outbox: every mail the platform sends is a row (the record of what we told whom) plus a
// `send-email` job that delivers it. Both are written in the caller's transaction.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { enqueue } from './job-repository.ts';
import { emailOutbox } from './schema/index.ts';

export const SEND_EMAIL_JOB = 'send-email';
export type SendEmailPayload = { outboxId: string };
export type EmailRow = typeof emailOutbox.$inferSelect;

/** A message to queue: at least recipient, subject and text; a notice (src/domain/notify) adds its kind, language
 * and link, and stored files may go with it. */
export type QueuedMail = {
  to: string;
  subject: string;
  text: string;
  kind?: string;
  language?: string;
  link?: string;
  attachments?: { fileKey: string; filename: string; contentType: string }[];
};

export async function queueEmail(tx: DbOrTx, mail: QueuedMail): Promise<EmailRow> {
  const [row] = await tx.insert(emailOutbox).values(mail).returning();
  if (!row) throw new Error('insert returned no row');
  const payload: SendEmailPayload = { outboxId: row.id };
  await enqueue(tx, SEND_EMAIL_JOB, payload);
  return row;
}

export async function findEmail(db: DbOrTx, id: string): Promise<EmailRow | undefined> {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row;
}

export async function markEmailSent(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(emailOutbox).set({ sentAt: now }).where(eq(emailOutbox.id, id));
}

/** A page of the outbox, newest first (the admin's outbox page). */
export async function listEmails(db: DbOrTx, { limit, offset }: { limit: number; offset: number }): Promise<EmailRow[]> {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id)).limit(limit).offset(offset);
}
