// A demo user from the Sámi language area (issue 12, point 11; sameloven § 3-2): the coordinator of a fictional
// partnership in Guovdageaidnu – Kautokeino, so the demo (and the browser test) can follow a Northern Sámi-speaking
// applicant through the behovsmelding. The UI language is the browser's choice (localStorage, the language switch),
// not stored per user: she chooses Davvisámegiella on the login page, as a user would.
import type { DbOrTx } from '../db/client.ts';
import { and, eq } from 'drizzle-orm';
import { appUser, municipality, organisation, partnership, partnershipMember, person, roleGrant } from '../db/schema/index.ts';

export const SAMI_COORDINATOR_NAME = 'Máret Ánne Sara';
export const SAMI_PARTNERSHIP_NAME = 'Kompetanseløftet Guovdageaidnu';
const OFFICE = 'troms-og-finnmark';

export async function seedDemoSamiCoordinator(tx: DbOrTx): Promise<void> {
  const [exists] = await tx.select().from(partnership).where(and(eq(partnership.name, SAMI_PARTNERSHIP_NAME), eq(partnership.officeId, OFFICE)));
  if (exists) return;
  const [place] = await tx.select().from(municipality).where(and(eq(municipality.division, 2024), eq(municipality.name, 'Kautokeino')));
  if (!place) throw new Error('Demo: fant ikke Kautokeino i kommuneinndelingen for 2024');
  const [owner] = await tx
    .insert(organisation)
    .values({ kind: 'kommune', name: 'Guovdageainnu suohkan – Kautokeino kommune', municipalityNumber: place.number, officeId: OFFICE })
    .returning();
  const [who] = await tx
    .insert(person)
    .values({ name: SAMI_COORDINATOR_NAME, email: 'maret.anne.sara@example.org', title: 'Oahpahusjođiheaddji', organisationId: owner!.id })
    .returning();
  const [user] = await tx.insert(appUser).values({ personId: who!.id, displayName: who!.name, email: who!.email, isDemo: true }).returning();
  await tx.insert(roleGrant).values({ userId: user!.id, role: 'eierkoordinator', organisationId: owner!.id });
  const [row] = await tx
    .insert(partnership)
    .values({
      name: SAMI_PARTNERSHIP_NAME,
      officeId: OFFICE,
      schemeId: 'kompetanseloftet',
      description: 'Barnehagene og skolene i Guovdageaidnu med Sámi allaskuvla: inkluderende praksis på samisk.',
      applicantId: owner!.id,
      payeeId: owner!.id,
      coordinatorPersonId: who!.id,
    })
    .returning();
  const members = [{ partnershipId: row!.id, organisationId: owner!.id, role: 'owner' }];
  const [samiUh] = await tx.select().from(organisation).where(and(eq(organisation.kind, 'uh'), eq(organisation.name, 'Sámi allaskuvla / Samisk høgskole')));
  if (samiUh) members.push({ partnershipId: row!.id, organisationId: samiUh.id, role: 'uh' });
  await tx.insert(partnershipMember).values(members);
}
