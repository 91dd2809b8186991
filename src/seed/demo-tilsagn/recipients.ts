// The demo's recipient profiles (issue 14 point 2), recorded through the use case as an office would: every state UH
// receives its share by statlig overføring (it is part of the state: no acceptance, no appeal notice, listed apart);
// Nordreisa kommune, the applicant of Kompetanseløftet Nord-Troms, has chosen nynorsk (språklova § 15), so the letter
// to that partnership is written in nynorsk; Guovdageaidnu – Kautokeino kommune writes in Northern Sámi and gets a
// Sámi copy once a reviewed translation exists (sameloven § 3-3). Everyone else keeps the defaults (utbetaling,
// neutral → the office's choice).
//
// The state UH lie in several offices' areas (UiT and Sámi allaskuvla in Troms og Finnmark, Nord universitet in
// Nordland, …), and a profile is kept by its organisation's own office: `actor` must be one who may edit them all —
// the demo's admin. Run once: a profile already recorded (by an earlier seed, or by a user) is left as it is.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisation } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { TRecipientProfileInput } from '../../domain/tilsagn/recipient.ts';
import { getRecipientProfile } from '../../usecases/tilsagn/get-recipient-profile.ts';
import { updateRecipientProfile } from '../../usecases/tilsagn/update-recipient-profile.ts';

/** The UH of reference-data/base-organisations.json that are state institutions (universities and university
 * colleges owned by the state), by the name the reference sync stores. */
export const STATE_UH = [
  'UiT Norges arktiske universitet',
  'Sámi allaskuvla / Samisk høgskole',
  'Nord universitet',
  'Universitetet i Stavanger, Læringsmiljøsenteret',
  'Høgskolen i Innlandet, SePU',
  'Universitetet i Sørøst-Norge',
  'OsloMet – storbyuniversitetet',
  'NTNU',
  'Universitetet i Bergen',
  'Universitetet i Agder',
  'Høgskulen på Vestlandet',
  'Høgskolen i Østfold',
  'Høgskolen i Molde',
] as const;
/** Private UH (paid out like an owner): Dronning Mauds Minne is a private university college. */
export const PRIVATE_UH = ['Dronning Mauds Minne Høgskole for barnehagelærerutdanning'] as const;

/** The applicant of Kompetanseløftet Nord-Troms (reference-data/demo.json), a Troms og Finnmark municipality. */
export const NYNORSK_APPLICANT = 'Nordreisa kommune';
/** As src/seed/demo-sami-coordinator.ts names it. */
export const SAMI_MUNICIPALITY = 'Guovdageainnu suohkan – Kautokeino kommune';

export async function seedRecipientProfiles(db: Db, actor: Actor, clock: Clock): Promise<void> {
  const stateUh = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.kind, 'uh'), inArray(organisation.name, [...STATE_UH])));
  const byName = async (name: string) => {
    const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
    if (!row) throw new Error(`Demo: fant ikke ${name}`);
    return row.id;
  };
  const profiles: [string, TRecipientProfileInput][] = [
    ...stateUh.map((o): [string, TRecipientProfileInput] => [o.id, { receipt: 'statlig-overforing', writtenStandard: 'noytral', samiLanguage: null }]),
    [await byName(NYNORSK_APPLICANT), { receipt: 'utbetaling', writtenStandard: 'nynorsk', samiLanguage: null }],
    [await byName(SAMI_MUNICIPALITY), { receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: 'se' }],
  ];
  for (const [organisationId, input] of profiles) {
    const { profile } = await getRecipientProfile({ db, actor, organisationId });
    if (profile.version > 0) continue;
    await updateRecipientProfile({ db, actor, clock, organisationId, input });
  }
}
