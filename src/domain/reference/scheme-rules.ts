// The rules of a grant scheme are configuration (reference-data/schemes.json, editable by an admin), checked here.
import { z } from 'zod';
import { msg } from '../shared/message-catalogs.ts';

const BUDGET_CHAPTER_POST = msg('reference.label.budgetChapterPost');
const GRANT_RULES = msg('reference.label.grantRules');

export const ZSchemeRules = z.object({
  sectors: z.array(z.string().trim().min(1, { message: msg('reference.sectorEmpty') }), { error: msg('reference.sectorsList') }),
  /** The areas an application ticks (for Kompetanseløftet: the four of section 1.5). */
  areas: z.array(z.string().trim().min(1, { message: msg('reference.areaEmpty') }), { error: msg('reference.areasList') }),
  maxCommitmentYears: z
    .number({ error: msg('reference.maxYearsNumber') })
    .int({ message: msg('reference.maxYearsWhole') })
    .min(1, { message: msg('reference.maxYearsMin') })
    .max(3, { message: msg('reference.maxYearsMax') }),
  /** Owner's required co-funding as a percentage of the grant (Dekomp: 30), or null when the scheme sets none. */
  ownerCofundingPercent: z
    .number({ error: msg('reference.cofundingNumber') })
    .min(0, { message: msg('reference.cofundingNegative') })
    .max(100, { message: msg('reference.cofundingMax') })
    .nullable(),
  coordinatorFundingAllowed: z.boolean({ error: msg('reference.chooseCoordinatorFunding') }),
  uhShareRequired: z.boolean({ error: msg('reference.chooseUhShare') }),
  /** The scheme does not fund individual further education (Dekomp): the allocation checks each prioritised
   * application for it. Rules stored before the field existed lack it and mean "no such rule", hence the default. */
  noIndividualEducation: z.boolean({ error: msg('reference.chooseNoIndividualEducation') }).default(false),
  /** The state budget's chapter and post the grant is paid from, as the tilsagnsbrev names it ("Kap. 226 post 21"). */
  budgetChapterPost: z
    .string({ error: msg('shared.mustBeText', { label: BUDGET_CHAPTER_POST }) })
    .trim()
    .max(200, { message: msg('shared.tooLong', { label: BUDGET_CHAPTER_POST, max: 200 }) })
    .default(''),
  /** The grant rules (regulation or guidelines) the decision rests on, as the tilsagnsbrev names them. */
  grantRules: z
    .string({ error: msg('shared.mustBeText', { label: GRANT_RULES }) })
    .trim()
    .max(500, { message: msg('shared.tooLong', { label: GRANT_RULES, max: 500 }) })
    .default(''),
});
export type TSchemeRules = z.infer<typeof ZSchemeRules>;

/** Stored rules as the API shows them: a rule added later defaults as ZSchemeRules would default it, so a scheme
 * saved before it existed still answers the strict contract. */
export const storedSchemeRules = (stored: unknown) =>
  ({ noIndividualEducation: false, budgetChapterPost: '', grantRules: '', ...(stored as Partial<TSchemeRules>) }) as TSchemeRules;
