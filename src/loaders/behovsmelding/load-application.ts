// Loads an application with its partnership and round, and the policy's view of it, so every application use case
// asks the same question the same way. An application the actor may not read is "not found" (404), so ids of other
// partnerships' applications reveal nothing.
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import { findApplication, type ApplicationRow } from '../../db/behovsmelding-application-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findPartnership, type PartnershipDetail } from '../../db/partnership-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ApplicationResource, ApplicationVerb } from '../../domain/behovsmelding/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { applicationResource } from '../../domain/behovsmelding/application-resource.ts';
import { loadRound } from './load-round.ts';

export type LoadedApplication = { app: ApplicationRow; partnership: PartnershipDetail; round: RoundView; resource: ApplicationResource };

export async function loadApplication(
  db: DbOrTx,
  actor: Actor,
  id: string,
  verb: ApplicationVerb,
  lock?: 'share' | 'update',
): Promise<LoadedApplication> {
  const app = await findApplication(db, id, lock);
  const partnership = app ? await findPartnership(db, app.partnershipId) : undefined;
  if (!app || !partnership) throw AppError.notFound(msg('behovsmelding.applicationNotFound'));
  const round = await loadRound(db, app.roundId);
  const resource = applicationResource(partnership, round.officeId);
  if (!can(actor, 'read', resource)) throw AppError.notFound(msg('behovsmelding.applicationNotFound'));
  assertCan(actor, verb, resource);
  return { app, partnership, round, resource };
}
