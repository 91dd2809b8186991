// Delivers one queued e-mail from email_outbox (ADR 027, "E-mail"): over SMTP when SMTP_URL is set; without it, in
// embedded mode and in development and tests, as DATA_DIR/mail/<id>.eml, which the admin's outbox page lists; in
// production with a database server and no SMTP_URL it fails, so the missing setting is seen. Stored files go as
// attachments. Each attempt is counted on the row with a short error code; the job queue retries with backoff, and
// when it gives up the row is marked failed for "Send på nytt". Only ids are logged — never recipient, subject or
// text (issue 8, finding 8).
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { findEmail, markEmailDelivered, markEmailFailed, recordEmailAttempt, type SendEmailPayload } from '../../db/email-repository.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { writeEmlFile } from '../../integrations/mail/eml-file.ts';
import { composeMail, MailDeliveryError, shortMailError, smtpSender } from '../../integrations/mail/smtp-transport.ts';
import { PermanentJobError, type JobHandler, type JobLogger } from './job-handler.ts';

const outboxIdOf = (payload: unknown): string | undefined => {
  const { outboxId } = (payload ?? {}) as Partial<SendEmailPayload>;
  return typeof outboxId === 'string' && isUuid(outboxId) ? outboxId : undefined;
};

/** An SMTP reply in the 500s (mailbox unknown, message refused) is the server's final word: retrying cannot help. */
const isPermanent = (short: string) => /\b5\d\d\b/.test(short);

export function sendEmailHandler({ db, config, log, clock }: { db: Db; config: Config; log: JobLogger; clock: Clock }): JobHandler {
  const send = config.smtpUrl ? smtpSender(config.smtpUrl) : undefined;
  // Embedded mode has no database server and nobody else to hand the mail to: the file is its delivery.
  const writesEml = !send && (!config.databaseUrl || config.nodeEnv !== 'production');
  const files = fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db });

  const handler: JobHandler = async (payload, job) => {
    const outboxId = outboxIdOf(payload);
    if (!outboxId) throw new PermanentJobError('send-email without outboxId');
    const mail = await findEmail(db, outboxId);
    if (!mail) throw new PermanentJobError(`no outbox row ${outboxId}`);
    // Already delivered: a worker died between sending and marking the job done. Do not send twice.
    if (mail.sentAt) return;
    if (!send && !writesEml) {
      await recordEmailAttempt(db, mail.id, 'SMTP_URL_MISSING');
      throw new Error('SMTP_URL er ikke satt, så e-post kan ikke sendes');
    }
    try {
      const message = await composeMail(mail, { from: config.mailFrom, files });
      if (send) {
        await send(message);
        await markEmailDelivered(db, mail.id, clock.now());
        return;
      }
      const emlFile = await writeEmlFile({ dataDir: config.dataDir, outboxId: mail.id, message });
      await markEmailDelivered(db, mail.id, clock.now(), emlFile);
      log.info({ outboxId: mail.id, jobId: job.id }, 'E-post lagret som .eml-fil (SMTP_URL mangler)');
    } catch (error) {
      const short = shortMailError(error);
      await recordEmailAttempt(db, mail.id, short);
      // The short code alone goes on: the job's last_error and the worker's log line get no address or text.
      if (isPermanent(short)) throw new PermanentJobError(short);
      throw error instanceof MailDeliveryError ? error : new MailDeliveryError(short);
    }
  };
  handler.onGiveUp = async (payload) => {
    const outboxId = outboxIdOf(payload);
    if (outboxId) await markEmailFailed(db, outboxId, clock.now());
  };
  return handler;
}
