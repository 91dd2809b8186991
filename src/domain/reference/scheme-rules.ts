// The rules of a grant scheme are configuration (reference-data/schemes.json, editable by an admin), checked here.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

const BUDGET_CHAPTER_POST = msg('reference.label.budgetChapterPost');
const GRANT_RULES = msg('reference.label.grantRules');
const GRANT_RULES_NB = msg('reference.label.grantRulesNb');
const GRANT_RULES_NN = msg('reference.label.grantRulesNn');

const grantRulesTitle = (label: string) =>
  z
    .string({ error: msg('shared.mustBeText', { label }) })
    .trim()
    .max(500, { message: msg('shared.tooLong', { label, max: 500 }) })
    .default('');

/** The grant rules' title in each written standard: a state body writes to a municipality in the standard it has
 * chosen (språklova § 11), and a nynorsk letter quoting a Bokmål title breaks that (issue 14, point 3). Only nb and
 * nn: the Sámi copy is a translation of the Norwegian letter and quotes the Bokmål title (grantRulesFor). */
export const ZGrantRules = z.object({ nb: grantRulesTitle(GRANT_RULES_NB), nn: grantRulesTitle(GRANT_RULES_NN) }, { error: msg('reference.grantRulesPerStandard', { label: GRANT_RULES }) });
export type TGrantRules = z.infer<typeof ZGrantRules>;

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
  /** The grant rules (regulation or guidelines) the decision rests on, as the tilsagnsbrev names them, per standard. */
  grantRules: ZGrantRules.default({ nb: '', nn: '' }),
  /** A later year's payment waits until the report of the year before is approved (issue 15, ADR 027). Optional:
   * rules stored (or sent by a form) without it mean "no such rule" (paymentAwaitsReport reads it), and leaving it out
   * keeps every stored scheme answering exactly as before. */
  paymentAwaitsReport: z.boolean({ error: msg('reference.choosePaymentAwaitsReport') }).optional(),
});
export type TSchemeRules = z.infer<typeof ZSchemeRules>;

/** Grant rules as stored: {nb, nn} since migration 0010; a single (Bokmål) title before it counts for both, so a row
 * that somehow escaped the migration still reads rather than breaking the strict contract. */
function storedGrantRules(stored: unknown): TGrantRules {
  if (typeof stored === 'string') return { nb: stored, nn: stored };
  const r = (stored ?? {}) as Partial<Record<'nb' | 'nn', unknown>>;
  return { nb: typeof r.nb === 'string' ? r.nb : '', nn: typeof r.nn === 'string' ? r.nn : '' };
}

/** Stored rules as the API shows them: a rule added later defaults as ZSchemeRules would default it, so a scheme
 * saved before it existed still answers the strict contract. */
export function storedSchemeRules(stored: unknown): TSchemeRules {
  const rules = (stored ?? {}) as Partial<Record<keyof TSchemeRules, unknown>>;
  return { noIndividualEducation: false, budgetChapterPost: '', ...(rules as Partial<TSchemeRules>), grantRules: storedGrantRules(rules.grantRules) } as TSchemeRules;
}

/** The grant rules' title a letter in `language` quotes: the nynorsk one in a nynorsk letter (Bokmål when the scheme
 * has no nynorsk title yet — better the rules named in Bokmål than not at all), Bokmål otherwise: a Sámi letter is a
 * translation of the Norwegian decision and quotes the rules by their Bokmål title, as it names the budget post. */
export function grantRulesFor(rules: TGrantRules, language: string): string {
  return language === 'nn' && rules.nn.trim() !== '' ? rules.nn : rules.nb;
}

/** Whether a later year's payment waits for the report of the year before (off unless the scheme turns it on). */
export const paymentAwaitsReport = (rules: TSchemeRules): boolean => rules.paymentAwaitsReport === true;
