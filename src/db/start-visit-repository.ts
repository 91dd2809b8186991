// The case officer's start-page visits, kept on the user (issue 12, point 5): read under a row lock so two loads at
// once (two tabs) do not both move the same visit along. No access decisions here: the use case makes them.
import { eq } from 'drizzle-orm';
import type { Tx } from './client.ts';
import { appUser } from './schema/index.ts';
import type { StartVisits } from '../domain/behovsmelding/start-overview.ts';

/** The user's stored visits, locked until the transaction ends; undefined for an unknown user. */
export async function lockStartVisits(tx: Tx, userId: string): Promise<StartVisits | undefined> {
  const [row] = await tx
    .select({ seenAt: appUser.startSeenAt, seenBefore: appUser.startSeenBefore })
    .from(appUser)
    .where(eq(appUser.id, userId))
    .for('update');
  return row;
}

export async function saveStartVisits(tx: Tx, userId: string, visits: StartVisits) {
  await tx.update(appUser).set({ startSeenAt: visits.seenAt, startSeenBefore: visits.seenBefore }).where(eq(appUser.id, userId));
}
