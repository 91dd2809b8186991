// Reads the e-mail outbox a page at a time, newest first: what the platform told whom, and whether it went out (sent,
// written as a .eml file, waiting, or failed with "Send på nytt"). Admins only. This is where mail is read, since the
// log holds none.
import { listEmails } from '../../db/email-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { OUTBOX_PAGE_SIZE, ZOutboxQuery } from '../../domain/platform/outbox-query.ts';
import type { OutboxPage } from '../../domain/platform/contract.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { outboxEntries } from '../../views/platform/outbox-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listOutbox({ db, actor, query }: UseCaseContext & { query: unknown }): Promise<OutboxPage> {
  assertCan(actor, 'read', { type: 'email-outbox' });
  const { page, onlyFailed } = parseInput(ZOutboxQuery, query ?? {});
  const rows = await listEmails(db, { limit: OUTBOX_PAGE_SIZE, offset: (page - 1) * OUTBOX_PAGE_SIZE, onlyFailed });
  return {
    entries: await outboxEntries(db, actor, rows),
    page,
    pageSize: OUTBOX_PAGE_SIZE,
    onlyFailed,
    allowed: allowedVerbs(actor, { type: 'email-outbox' }),
  };
}
