// One outbox row as the mail that leaves the platform (ADR 027, "E-mail"): from, to, subject, text and the stored
// files it carries, read from the file store at sending time (the row holds only their keys). The same message goes
// over SMTP (here) or into a .eml file (eml-file.ts), so what the admin opens is what a recipient would have got.
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { FileStore } from '../../db/file-store.ts';

export type OutboxMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: readonly { fileKey: string; filename: string; contentType: string }[];
};

/** A delivery failure said in short: an error code (and the SMTP reply code), never the recipient, subject or text,
 * because it is stored on the outbox row, in the job and in the log. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
}

/** The message, its attachments read from the store. A file not (yet) stored is a retryable failure: a letter may
 * still be rendering. */
export async function composeMail(mail: OutboxMail, { from, files }: { from: string; files: FileStore }): Promise<SendMailOptions> {
  const attachments: NonNullable<SendMailOptions['attachments']> = [];
  for (const a of mail.attachments) {
    const stored = await files.get(a.fileKey);
    if (!stored) throw new MailDeliveryError('ATTACHMENT_MISSING');
    attachments.push({ filename: a.filename, contentType: a.contentType, content: stored.data });
  }
  return { from, to: mail.to, subject: mail.subject, text: mail.text, attachments };
}

/** The short form of what went wrong: nodemailer's code ('ESOCKET', 'EENVELOPE', …), the SMTP reply code (550) and
 * the socket's own code (ECONNREFUSED) — the codes only, as the message may quote the address the server refused. */
export function shortMailError(error: unknown): string {
  if (error instanceof MailDeliveryError) return error.message;
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts: string[] = [];
  if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]{1,30}$/.test(e.code)) parts.push(e.code);
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  const socketCode = typeof e.message === 'string' ? /\b(E[A-Z]{3,20})\b/.exec(e.message)?.[1] : undefined;
  if (socketCode && !parts.includes(socketCode)) parts.push(socketCode);
  return parts.length > 0 ? parts.join(' ') : 'SMTP_ERROR';
}

/** A sender over SMTP_URL, its connection settings read once. */
export function smtpSender(smtpUrl: string): (message: SendMailOptions) => Promise<void> {
  let transport: Transporter | undefined;
  return async (message) => {
    transport ??= nodemailer.createTransport(smtpUrl);
    try {
      await transport.sendMail(message);
    } catch (error) {
      throw new MailDeliveryError(shortMailError(error));
    }
  };
}
