// The e-mail outbox: every mail the platform sends is a row (the record of what we told whom) plus a
// `send-email` job that delivers it. Both are written in the caller's transaction.
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { enqueue } from './job-repository.ts';
import { emailOutbox, job } from './schema/index.ts';

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

export async function findEmail(db: DbOrTx, id: string, options: { lock?: boolean } = {}): Promise<EmailRow | undefined> {
  const query = db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Delivered: over SMTP, or (`emlFile`) written as a .eml file instead. */
export async function markEmailSent(db: DbOrTx, id: string, now: Date, emlFile?: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ sentAt: now, lastError: null, ...(emlFile ? { emlFile } : {}) })
    .where(eq(emailOutbox.id, id));
}

/** The worker's successful attempt: counted and marked sent in one statement. */
export async function markEmailDelivered(db: DbOrTx, id: string, now: Date, emlFile?: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ sentAt: now, lastError: null, attempts: sql`${emailOutbox.attempts} + 1`, ...(emlFile ? { emlFile } : {}) })
    .where(eq(emailOutbox.id, id));
}

/** One more delivery attempt that failed, with the short code of its failure. Attempts are counted over every
 * resend, so the page shows how hard the mail has been tried. */
export async function recordEmailAttempt(db: DbOrTx, id: string, lastError: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError })
    .where(eq(emailOutbox.id, id));
}

/** The job gave up: the outbox page shows the mail as failed, with "Send på nytt". */
export async function markEmailFailed(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(emailOutbox).set({ failedAt: now }).where(and(eq(emailOutbox.id, id), isNull(emailOutbox.sentAt)));
}

/** Tried again: no longer failed, and a new send-email job in the caller's transaction. */
export async function requeueEmail(tx: DbOrTx, id: string): Promise<void> {
  await tx.update(emailOutbox).set({ failedAt: null, lastError: null }).where(eq(emailOutbox.id, id));
  const payload: SendEmailPayload = { outboxId: id };
  await enqueue(tx, SEND_EMAIL_JOB, payload);
}

/** The outbox ids among `ids` with a send-email job still to run (queued or retrying): those need no resend. */
export async function emailsWithOpenJob(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const outboxId = sql<string>`${job.payload}->>'outboxId'`;
  const rows = await db
    .select({ outboxId })
    .from(job)
    .where(and(eq(job.kind, SEND_EMAIL_JOB), isNull(job.doneAt), isNull(job.failedAt), inArray(outboxId, [...ids])));
  return new Set(rows.map((r) => r.outboxId));
}

/** A page of the outbox, newest first (the admin's outbox page); `onlyFailed` keeps the mail the worker gave up on. */
export async function listEmails(db: DbOrTx, { limit, offset, onlyFailed = false }: { limit: number; offset: number; onlyFailed?: boolean }): Promise<EmailRow[]> {
  return db
    .select()
    .from(emailOutbox)
    .where(onlyFailed ? isNotNull(emailOutbox.failedAt) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit)
    .offset(offset);
}
