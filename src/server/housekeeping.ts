// Periodic clean-up the platform owes its users: expired sessions and abandoned OIDC login states are deleted, so
// the tables hold only what is live. Every instance may run it; the deletes are idempotent.
import type { Db } from '../db/client.ts';
import { deleteLoginStatesBefore } from '../db/access-repository.ts';
import { deleteExpiredSessions } from '../db/session-repository.ts';
import type { Clock } from '../domain/shared/clock.ts';
import type { JobLogger } from './jobs/job-handler.ts';

const LOGIN_STATE_MAX_AGE_MS = 60 * 60_000;

export async function runHousekeeping(db: Db, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteLoginStatesBefore(db, new Date(now.getTime() - LOGIN_STATE_MAX_AGE_MS));
}

export function startHousekeeping({ db, clock, log, everyMs = 15 * 60_000 }: { db: Db; clock: Clock; log: JobLogger; everyMs?: number }): () => void {
  const run = () => runHousekeeping(db, clock.now()).catch((error: unknown) => log.error({ err: error }, 'housekeeping failed'));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
