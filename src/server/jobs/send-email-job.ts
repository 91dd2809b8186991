// Delivers one queued e-mail from email_outbox over SMTP (SMTP_URL) and stamps sent_at. Without SMTP_URL outside
// production the mail stays in the outbox, unsent, so development needs no mail server: the admin reads it on the
// outbox page. Only its ids are logged — never recipient, subject or text (issue 8, finding 8).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { findEmail, markEmailSent, type SendEmailPayload } from '../../db/email-repository.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { PermanentJobError, type JobHandler, type JobLogger } from './job-handler.ts';

export function sendEmailHandler({ db, config, log, clock }: { db: Db; config: Config; log: JobLogger; clock: Clock }): JobHandler {
  let transport: Transporter | undefined;
  return async (payload, job) => {
    const { outboxId } = (payload ?? {}) as Partial<SendEmailPayload>;
    if (typeof outboxId !== 'string' || !isUuid(outboxId)) throw new PermanentJobError('send-email without outboxId');
    const mail = await findEmail(db, outboxId);
    if (!mail) throw new PermanentJobError(`no outbox row ${outboxId}`);
    // Already delivered: a worker died between sending and marking the job done. Do not send twice.
    if (mail.sentAt) return;
    if (!config.smtpUrl) {
      if (config.nodeEnv === 'production') throw new Error('SMTP_URL er ikke satt, så e-post kan ikke sendes');
      log.info({ outboxId: mail.id, jobId: job.id }, 'E-post ikke sendt (SMTP_URL mangler); ligger i utboksen');
      return;
    }
    transport ??= nodemailer.createTransport(config.smtpUrl);
    await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    await markEmailSent(db, mail.id, clock.now());
  };
}
