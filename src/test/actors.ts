// Demo actors for tests, loaded from the seeded database by the demo person's e-mail.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { appUser } from '../db/schema/index.ts';
import { loadActor } from '../db/session-repository.ts';
import type { Actor } from '../domain/access/roles.ts';

export const DEMO_EMAIL = {
  admin: 'ada.admin@example.org',
  saksbehandler: 'siri.saksbehandler@example.org',
  saksbehandlerNordland: 'nora.saksbehandler@example.org',
  forum: 'frode.forum@example.org',
  budsjettdisponent: 'bjorn.disponent@example.org',
  koordinator: 'ola.koordinator@example.org',
  koordinatorHarstad: 'hanne.harstad@example.org',
  koordinatorNordreisa: 'nils.nordreisa@example.org',
  uh: 'ingrid.uh@example.org',
  studiesenter: 'per.studiesenter@example.org',
  leser: 'liv.leser@example.org',
} as const;
export type DemoActorKey = keyof typeof DEMO_EMAIL;

export async function demoActor(db: DbOrTx, key: DemoActorKey): Promise<Actor> {
  const [user] = await db.select().from(appUser).where(eq(appUser.email, DEMO_EMAIL[key]));
  if (!user) throw new Error(`no demo user ${key}`);
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`no actor for ${key}`);
  return actor;
}
