// Schemes are configuration, not code: an admin edits name, description, whether it is open and its rules.
import { appendAudit } from '../../db/audit-repository.ts';
import { findScheme, updateSchemeIfUnchanged } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { ZSchemeUpdate } from '../../domain/reference/scheme.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { schemeOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';

export async function updateScheme({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  // Only an admin changes reference data; asked first, so others learn nothing from the validation.
  assertCan(actor, 'edit', { type: 'scheme' });
  const { expectedVersion, ...data } = parseInput(ZSchemeUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findScheme(tx, id);
    if (!before) throw AppError.notFound(msg('reference.schemeNotFound'));
    const after = await updateSchemeIfUnchanged(tx, { id, expectedVersion, values: data, at: clock.now() });
    if (!after) throw staleVersion(msg('reference.theScheme'));
    await appendAudit(tx, actor, { action: 'update', entityType: 'scheme', entityId: id, before, after });
    return { ...schemeOut(after), allowed: allowedVerbs(actor, { type: 'scheme' }) };
  });
}
