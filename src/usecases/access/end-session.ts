// Logging out: the session ends and the audit log says so.
import { appendAudit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/client.ts';
import { deleteSession } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';

export async function endSession({ db, actor, token }: { db: Db; actor: Actor; token: string }) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await appendAudit(tx, actor, { action: 'logout', entityType: 'user', entityId: actor.userId ?? 'system', before: null, after: null });
  });
}
