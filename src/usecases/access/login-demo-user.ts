// The local demo login: only when no OIDC issuer is configured and not in production (Config decides).
import { findActiveDemoUser, recordLogin } from '../../db/access-repository.ts';
import { appendAudit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/client.ts';
import { createSession, deleteSession, loadActor } from '../../db/session-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export type LoginDemoUserOptions = {
  db: Db;
  clock: Clock;
  userId: string;
  ttlHours: number;
  enabled: boolean;
  /** The session cookie the login arrived with: that session ends (session fixation, a shared computer). */
  previousToken?: string | undefined;
};

export async function loginDemoUser({ db, clock, userId, ttlHours, enabled, previousToken }: LoginDemoUserOptions) {
  if (!enabled) throw new AppError('FORBIDDEN', msg('access.demoLoginOff'));
  return db.transaction(async (tx) => {
    // An id that is not a uuid is simply unknown, never a database error.
    const user = await findActiveDemoUser(tx, userId);
    if (!user) throw new AppError('VALIDATION', msg('access.unknownDemoUser'), { fieldErrors: [{ field: 'userId', message: msg('access.chooseDemoUser') }] });
    const actor = await loadActor(tx, user.id);
    if (!actor) throw AppError.notFound();
    // Only the browser's own session ends; the user's sessions on other devices stay.
    if (previousToken) await deleteSession(tx, previousToken);
    const now = clock.now();
    const created = await createSession(tx, user.id, ttlHours, now);
    await recordLogin(tx, { userId: user.id, at: now });
    await appendAudit(tx, actor, { action: 'login', entityType: 'user', entityId: user.id, before: null, after: { method: 'demo' } });
    return created;
  });
}
