// What the demo's behovsmelding seeds share: the demo users and partnerships by their names, and filling an
// application field by field through the use case, on the clock the application is written.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { findField } from '../../db/behovsmelding-field-repository.ts';
import { appUser, partnership } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { saveField } from '../../usecases/behovsmelding/save-field.ts';

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [user] = await db.select().from(appUser).where(eq(appUser.email, email));
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new Error(`demo: no user ${email}`);
  return actor;
}

export async function partnershipId(db: Db, name: string): Promise<string> {
  const [row] = await db.select().from(partnership).where(eq(partnership.name, name));
  if (!row) throw new Error(`demo: no partnership ${name}`);
  return row.id;
}

/** Saves on top of what the application started with (create-application pre-fills from the partnership). */
export async function fill(db: Db, actor: Actor, id: string, values: Record<string, unknown>, clock: Clock): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    const baseVersion = (await findField(db, id, key))?.version ?? 0;
    await saveField({ db, actor, clock, id, key, input: { value, baseVersion } });
  }
}
