// The rules of a grant scheme are configuration (reference-data/schemes.json, editable by an admin), checked here.
import { z } from 'zod';

export const ZSchemeRules = z.object({
  sectors: z.array(z.string()),
  /** The areas an application ticks (for Kompetanseløftet: the four of section 1.5). */
  areas: z.array(z.string()),
  maxCommitmentYears: z.number().int().min(1).max(3),
  /** Owner's required co-funding as a percentage of the grant (Dekomp: 30), or null when the scheme sets none. */
  ownerCofundingPercent: z.number().min(0).max(100).nullable(),
  coordinatorFundingAllowed: z.boolean(),
  uhShareRequired: z.boolean(),
});
export type TSchemeRules = z.infer<typeof ZSchemeRules>;
