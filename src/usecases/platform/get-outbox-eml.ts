// One mail as the .eml file written to DATA_DIR/mail when there was no SMTP server (embedded mode, development):
// the admin opens it in a mail program from the outbox page. Admins only, as the outbox.
import { findEmail } from '../../db/email-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { readEmlFile } from '../../integrations/mail/eml-file.ts';
import type { UseCaseContext } from '../context.ts';

export async function getOutboxEml({ db, actor, config, id }: UseCaseContext & { config: { dataDir: string }; id: string }) {
  assertCan(actor, 'read', { type: 'email-outbox' });
  if (!isUuid(id)) throw AppError.notFound();
  const mail = await findEmail(db, id);
  if (!mail) throw AppError.notFound();
  const data = mail.emlFile ? await readEmlFile(config.dataDir, mail.emlFile) : undefined;
  if (!mail.emlFile || !data) throw AppError.notFound(msg('shared.outbox.noEml'));
  return { filename: mail.emlFile, contentType: 'message/rfc822', data };
}
