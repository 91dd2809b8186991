// The rules of a grant scheme are configuration (reference-data/schemes.json, editable by an admin), checked here.
import { z } from 'zod';

export const ZSchemeRules = z.object({
  sectors: z.array(z.string().trim().min(1, { message: 'Sektor kan ikke være tom' }), { error: 'Sektorer må være en liste' }),
  /** The areas an application ticks (for Kompetanseløftet: the four of section 1.5). */
  areas: z.array(z.string().trim().min(1, { message: 'Område kan ikke være tomt' }), { error: 'Områder må være en liste' }),
  maxCommitmentYears: z
    .number({ error: 'Lengste tilsagnsperiode må være et tall' })
    .int({ message: 'Lengste tilsagnsperiode må være et helt antall år' })
    .min(1, { message: 'Lengste tilsagnsperiode må være minst 1 år' })
    .max(3, { message: 'Lengste tilsagnsperiode kan ikke være mer enn 3 år' }),
  /** Owner's required co-funding as a percentage of the grant (Dekomp: 30), or null when the scheme sets none. */
  ownerCofundingPercent: z
    .number({ error: 'Egenfinansiering må være et tall i prosent' })
    .min(0, { message: 'Egenfinansiering kan ikke være negativ' })
    .max(100, { message: 'Egenfinansiering kan ikke være mer enn 100 prosent' })
    .nullable(),
  coordinatorFundingAllowed: z.boolean({ error: 'Velg om koordinatorfunksjon kan finansieres' }),
  uhShareRequired: z.boolean({ error: 'Velg om UH må ha en andel' }),
});
export type TSchemeRules = z.infer<typeof ZSchemeRules>;
