// Reads the e-mail outbox a page at a time, newest first: what the platform told whom, and whether it went out.
// Admins only. This is where queued mail is read while SMTP_URL is unset, since the log no longer holds it.
import { listEmails } from '../../db/email-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { OUTBOX_PAGE_SIZE, ZOutboxQuery } from '../../domain/platform/outbox-query.ts';
import type { OutboxEntry } from '../../domain/platform/contract.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function listOutbox({ db, actor, query }: UseCaseContext & { query: unknown }) {
  assertCan(actor, 'read', { type: 'email-outbox' });
  const { page } = parseInput(ZOutboxQuery, query ?? {});
  const rows = await listEmails(db, { limit: OUTBOX_PAGE_SIZE, offset: (page - 1) * OUTBOX_PAGE_SIZE });
  // Named fields only, so a column added to the table later is not sent without a decision.
  const entries: OutboxEntry[] = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    to: r.to,
    subject: r.subject,
    text: r.text,
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { entries, page, pageSize: OUTBOX_PAGE_SIZE };
}
