// Periodic clean-up the platform owes its users: expired sessions and abandoned OIDC login states are deleted, so
// the tables hold only what is live. Every instance may run it; the deletes are idempotent. It also queues the
// reminders that are due (issue 15: deadlines, acceptances), each once however many instances run it.
import type { Db } from '../db/client.ts';
import { deleteLoginStatesBefore } from '../db/access-repository.ts';
import { deleteExpiredSessions } from '../db/session-repository.ts';
import type { Clock } from '../domain/shared/clock.ts';
import { sendDueReminders } from '../usecases/notify/send-due-reminders.ts';
import type { JobLogger } from './jobs/job-handler.ts';

const LOGIN_STATE_MAX_AGE_MS = 60 * 60_000;

/** `publicUrl`: the app's address, so the reminders link to their pages. */
export async function runHousekeeping(db: Db, now: Date, { publicUrl }: { publicUrl?: string } = {}): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteLoginStatesBefore(db, new Date(now.getTime() - LOGIN_STATE_MAX_AGE_MS));
  await sendDueReminders({ db, clock: { now: () => now }, publicUrl });
}

export function startHousekeeping({
  db,
  clock,
  log,
  everyMs = 15 * 60_000,
  publicUrl,
}: {
  db: Db;
  clock: Clock;
  log: JobLogger;
  everyMs?: number;
  publicUrl?: string;
}): () => void {
  const run = () => runHousekeeping(db, clock.now(), { publicUrl }).catch((error: unknown) => log.error({ err: error }, 'housekeeping failed'));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
