// Loads what the busiest application requests decide on (an autosave, a poll for changes) in one statement
// (findApplicationContext, issue 11) and asks the policy the question loadApplication asks: not readable → "not
// found" (404), readable but not allowed → 403. Requests that need the whole partnership or round use loadApplication.
import { findApplicationContext, type ApplicationContext } from '../../db/behovsmelding-application-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { applicationResource } from '../../domain/behovsmelding/application-resource.ts';
import type { ApplicationVerb } from '../../domain/behovsmelding/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function loadApplicationContext(
  db: DbOrTx,
  actor: Actor,
  id: string,
  verb: ApplicationVerb,
  options: { key?: string; lock?: 'share'; changesSince?: number } = {},
): Promise<ApplicationContext> {
  const context = await findApplicationContext(db, id, options);
  if (!context) throw AppError.notFound(msg('behovsmelding.applicationNotFound'));
  const { memberIds, ...facts } = context.partnership;
  const resource = applicationResource({ ...facts, members: memberIds.map((organisationId) => ({ organisationId })) }, context.roundOfficeId);
  if (!can(actor, 'read', resource)) throw AppError.notFound(msg('behovsmelding.applicationNotFound'));
  assertCan(actor, verb, resource);
  return context;
}
