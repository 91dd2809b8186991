// A view built from a loader, a repository, the policy and the clock.
import type { LoadedApplication } from '../../loaders/behovsmelding/load-application.ts';
import { listAttachments } from '../../db/behovsmelding-attachment-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export function example(loaded: LoadedApplication, clock: Clock) {
  return { id: loaded.app.id, at: clock.now(), used: [listAttachments, allowedVerbs] };
}
