// The criteria a samarbeidsforum weighs a round's applications by (issue 13, point 3). Each round gets its own list,
// seeded from the defaults below the first time anyone reads it, and the secretariat edits it from there: the forum
// may weight its long-term plan differently from year to year.
//
// The defaults follow the scheme's guidelines (tilskuddsordning for lokal kompetanseutvikling) and what the
// behovsmelding itself asks for: anchored in local needs (kartlegging), collective unit-based development,
// partnership with UH and the double aim, Sámi perspectives, inclusion and the team around the child, and a
// realistic budget with co-funding. They are data the forum owns once seeded, so they are stored in Bokmål, the
// forum's working language, not in the message catalogs.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { zOptionalText, zText } from '../shared/fields.ts';

export type TCriterionText = { title: string; description: string };

export const DEFAULT_CRITERIA: readonly TCriterionText[] = [
  {
    title: 'Forankret i lokale behov',
    description:
      'Tiltaket bygger på en kartlegging av kompetansebehovene i enhetene (for eksempel KOSIP), og eiere, ledere og ansatte har medvirket i valget av innsatsområder.',
  },
  {
    title: 'Kollektiv, barnehage- og skolebasert kompetanseutvikling',
    description:
      'Tiltaket omfatter hele personalet i enhetene og fremmer kollektive prosesser for profesjonsutvikling i profesjonsfellesskapet – ikke individuell videreutdanning.',
  },
  {
    title: 'Partnerskap med UH og det doble formålet',
    description:
      'Eierne og universitetet eller høgskolen har planlagt tiltaket sammen og har tydelige roller. Erfaringene fra partnerskapet skal både utvikle praksisfeltet og styrke lærerutdanningene (det doble formålet).',
  },
  {
    title: 'Samiske perspektiver',
    description: 'Samisk språk, kultur og historie er ivaretatt i de lokale prioriteringene og i tiltakene.',
  },
  {
    title: 'Inkludering og laget rundt barnet',
    description:
      'Tiltaket styrker det inkluderende fellesskapet og samhandlingen i laget rundt barnet og eleven, og PP-tjenesten deltar.',
  },
  {
    title: 'Realistisk budsjett og egenfinansiering',
    description:
      'Budsjettet står i forhold til tiltakene, fordelingen mellom eier og UH er begrunnet, og eiernes egenfinansiering (for eksempel frikjøp og vikarer) er beskrevet.',
  },
];

/** The criteria a new round starts with; the first names the round's long-term plan when it has one, since the
 * forum weighs local needs against that plan's priorities. */
export function seedCriteria(longTermPlanUrl: string | null): TCriterionText[] {
  return DEFAULT_CRITERIA.map((c, i) =>
    i === 0 && longTermPlanUrl ? { ...c, description: `${c.description} Se samarbeidsforumets langsiktige plan: ${longTermPlanUrl}` } : { ...c },
  );
}

export const ZCriterionInput = z.strictObject({
  title: zText(msg('forum.label.criterionTitle'), 200),
  description: zOptionalText(msg('shared.label.description'), 2000),
});
export type TCriterionInput = z.output<typeof ZCriterionInput>;

/** A new order: every criterion of the round, each once. */
export const ZCriteriaOrder = z.strictObject({ ids: z.array(z.string()).max(100) });

/** Whether `ids` names each of `existing` exactly once (a reorder may neither drop nor invent a criterion). */
export function isPermutationOf(ids: readonly string[], existing: readonly string[]): boolean {
  if (ids.length !== existing.length || new Set(ids).size !== ids.length) return false;
  const known = new Set(existing);
  return ids.every((id) => known.has(id));
}
