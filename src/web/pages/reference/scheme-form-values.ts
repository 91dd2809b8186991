// The admin's scheme form as plain values, and the body it saves (src/domain/reference/scheme.ts, ZSchemeUpdate).
// Pure, so a test proves that a save keeps every rule: the rules object starts from the scheme's stored rules, so a
// rule the form does not show (one added later) is sent back as it was, never reset to its default.
import type { z } from 'zod';
import type { ZSchemeUpdate } from '../../../domain/reference/scheme.ts';
import type { Scheme } from '../../types/reference.ts';

export type SchemeFormValues = {
  /** Text per language code; empty ones are dropped by the schema. */
  name: Record<string, string>;
  shortName: string;
  description: Record<string, string>;
  active: boolean;
  sectors: string[];
  areas: string;
  maxCommitmentYears: string;
  ownerCofundingPercent: string;
  coordinatorFundingAllowed: boolean;
  uhShareRequired: boolean;
  noIndividualEducation: boolean;
  /** As the tilsagnsbrev names them (issue 14): "Kap. 226 post 21", the regulation or guidelines — its title in each
   * written standard, since a nynorsk letter quotes the nynorsk one. */
  budgetChapterPost: string;
  grantRules: Record<TGrantRulesStandard, string>;
};

/** The written standards the grant rules have a title in (the letters' standards; the Sámi copy quotes Bokmål). */
export const GRANT_RULES_STANDARDS = ['nb', 'nn'] as const;
export type TGrantRulesStandard = (typeof GRANT_RULES_STANDARDS)[number];

/** Numbers are typed as text (Norwegian decimal comma allowed) and converted before the check, so a wrong entry gets
 * the schema's own message. */
const toNumber = (text: string) => Number(text.trim().replace(',', '.').replace(/\s/g, ''));

export function schemeFormValues(s: Scheme): SchemeFormValues {
  return {
    name: { ...s.name },
    shortName: s.shortName,
    description: { ...s.description },
    active: s.active,
    sectors: s.rules.sectors,
    areas: s.rules.areas.join('\n'),
    maxCommitmentYears: String(s.rules.maxCommitmentYears),
    ownerCofundingPercent: s.rules.ownerCofundingPercent === null ? '' : String(s.rules.ownerCofundingPercent).replace('.', ','),
    coordinatorFundingAllowed: s.rules.coordinatorFundingAllowed,
    uhShareRequired: s.rules.uhShareRequired,
    noIndividualEducation: s.rules.noIndividualEducation,
    budgetChapterPost: s.rules.budgetChapterPost,
    grantRules: { nb: s.rules.grantRules.nb, nn: s.rules.grantRules.nn },
  };
}

/** The update's body (before the schema's check): `rules` are the stored ones with the form's fields laid over. */
export function schemeUpdateBody(s: Scheme, v: SchemeFormValues, expectedVersion: number): z.input<typeof ZSchemeUpdate> {
  return {
    name: v.name,
    shortName: v.shortName,
    description: v.description,
    active: v.active,
    rules: {
      ...s.rules,
      sectors: v.sectors,
      areas: v.areas
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      maxCommitmentYears: toNumber(v.maxCommitmentYears),
      ownerCofundingPercent: v.ownerCofundingPercent.trim() === '' ? null : toNumber(v.ownerCofundingPercent),
      coordinatorFundingAllowed: v.coordinatorFundingAllowed,
      uhShareRequired: v.uhShareRequired,
      noIndividualEducation: v.noIndividualEducation,
      budgetChapterPost: v.budgetChapterPost,
      grantRules: { nb: v.grantRules.nb, nn: v.grantRules.nn },
    },
    expectedVersion,
  };
}
