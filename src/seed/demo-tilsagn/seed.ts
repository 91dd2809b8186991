// Seeds the demo's vedtak and tilsagn (issue 14, "Must show": demo data) through the use cases, after the forum whose
// adopted innstilling it decides: the recipients' profiles (recipients.ts, recorded by the admin before the letters
// go out, so Nordreisa's letter is in nynorsk and the state UH are listed as transfers), then the 2024 round decided,
// approved by the budsjettdisponent, issued, one tilsagn accepted and a klage registered (decided-round.ts).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appUser, behovsmeldingRound, vedtakBatch } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { FORUM_OFFICE } from '../demo-forum/members.ts';
import { seedDecidedRound } from './decided-round.ts';
import { seedRecipientProfiles } from './recipients.ts';

/** The office recorded the profiles the week before it prepared the 2024 decisions. */
const PROFILES_RECORDED = fixedClock('2024-01-19T09:00:00+01:00');

/** The demo users (reference-data/demo.json) who play the round's decisions. */
const EMAIL = {
  admin: 'ada.admin@example.org',
  caseOfficer: 'siri.saksbehandler@example.org',
  approver: 'bjorn.disponent@example.org',
  coordinator: 'ola.koordinator@example.org',
} as const;

async function demoUser(db: Db, email: string): Promise<Actor> {
  const [user] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new Error(`demo tilsagn: no user ${email}`);
  return actor;
}

export async function seedDemoTilsagn(db: Db): Promise<void> {
  await seedRecipientProfiles(db, await demoUser(db, EMAIL.admin), PROFILES_RECORDED);
  const [round] = await db
    .select({ id: behovsmeldingRound.id })
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, FORUM_OFFICE), eq(behovsmeldingRound.schemeId, 'kompetanseloftet'), eq(behovsmeldingRound.year, 2024)));
  if (!round) throw new Error('demo tilsagn: no Kompetanseløftet 2024 round');
  // Once: a second seed on a database whose round has its decisions leaves them as they are.
  const [decided] = await db.select({ id: vedtakBatch.id }).from(vedtakBatch).where(eq(vedtakBatch.roundId, round.id)).limit(1);
  if (decided) return;
  await seedDecidedRound(db, round.id, {
    caseOfficer: await demoUser(db, EMAIL.caseOfficer),
    approver: await demoUser(db, EMAIL.approver),
    coordinator: await demoUser(db, EMAIL.coordinator),
  });
}
