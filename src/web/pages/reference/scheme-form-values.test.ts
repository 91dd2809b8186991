// The admin's scheme form keeps every rule on save (issue 14 point 3): the budget chapter/post and the grant rules the
// tilsagnsbrev names are shown and sent, and a save that leaves them alone sends them back as they were — before
// this, the form built the rules without them and the server's defaults ('') wiped them. The grant rules have a title
// per written standard (a nynorsk letter quotes the nynorsk one), so the form has a field for each.
import { describe, expect, it } from 'vitest';
import { ZScheme } from '../../../domain/reference/contract.ts';
import { ZSchemeUpdate } from '../../../domain/reference/scheme.ts';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import type { Scheme } from '../../types/reference.ts';
import { schemeFormValues, schemeUpdateBody } from './scheme-form-values.ts';

const DEKOMP: Scheme = {
  id: 'dekomp',
  name: { nb: 'Desentralisert ordning for kompetanseutvikling i skolen' },
  shortName: 'Dekomp',
  description: null,
  active: true,
  rules: {
    sectors: ['skole'],
    areas: ['Lesing', 'Vurdering'],
    maxCommitmentYears: 1,
    ownerCofundingPercent: 30,
    coordinatorFundingAllowed: true,
    uhShareRequired: true,
    noIndividualEducation: true,
    budgetChapterPost: 'Kap. 226 post 21',
    grantRules: {
      nb: 'Forskrift om tilskudd til desentralisert ordning for kompetanseutvikling i skolen',
      nn: 'Forskrift om tilskot til desentralisert ordning for kompetanseutvikling i skulen',
    },
  },
  version: 4,
};

describe('the scheme form', () => {
  it('gets the two rules in the API’s strict answer', () => {
    expect(ZScheme.parse(DEKOMP).rules).toMatchObject({ budgetChapterPost: 'Kap. 226 post 21' });
  });

  it('shows the budget chapter/post and the grant rules, and a save without changes keeps every rule', () => {
    const values = schemeFormValues(DEKOMP);
    expect(values).toMatchObject({ budgetChapterPost: 'Kap. 226 post 21', grantRules: DEKOMP.rules.grantRules, ownerCofundingPercent: '30' });
    const parsed = ZSchemeUpdate.parse(schemeUpdateBody(DEKOMP, values, 4));
    expect(parsed.rules).toEqual(DEKOMP.rules);
    expect(parsed.expectedVersion).toBe(4);
  });

  it('sends what the admin typed in the fields (trimmed), the grant rules in Bokmål and Nynorsk', () => {
    const values = { ...schemeFormValues(DEKOMP), budgetChapterPost: ' Kap. 231 post 21 ', grantRules: { nb: 'Retningslinjer for tilskudd ', nn: ' Retningslinjer for tilskot' } };
    expect(ZSchemeUpdate.parse(schemeUpdateBody(DEKOMP, values, 4)).rules).toMatchObject({
      budgetChapterPost: 'Kap. 231 post 21',
      grantRules: { nb: 'Retningslinjer for tilskudd', nn: 'Retningslinjer for tilskot' },
    });
  });

  it('refuses a nynorsk grant rules title that is too long with a message naming that field', () => {
    const values = { ...schemeFormValues(DEKOMP), grantRules: { nb: 'Forskrift', nn: 'F'.repeat(501) } };
    const result = ZSchemeUpdate.safeParse(schemeUpdateBody(DEKOMP, values, 4));
    expect(result.error?.issues.map((i) => [i.path.join('.'), renderNb(i.message)])).toEqual([
      ['rules.grantRules.nn', 'Regelverket tilskuddet gis etter (nynorsk) kan ikke være lengre enn 500 tegn'],
    ]);
  });

  it('keeps a rule the form does not show, sending it back as stored', () => {
    const later = { ...DEKOMP, rules: { ...DEKOMP.rules, futureRule: 'x' } } as Scheme;
    expect(schemeUpdateBody(later, schemeFormValues(later), 4).rules).toMatchObject({ futureRule: 'x', budgetChapterPost: 'Kap. 226 post 21' });
  });

  it('refuses a budget chapter/post that is too long with a message naming the field', () => {
    const values = { ...schemeFormValues(DEKOMP), budgetChapterPost: 'K'.repeat(201) };
    const result = ZSchemeUpdate.safeParse(schemeUpdateBody(DEKOMP, values, 4));
    expect(result.error?.issues.map((i) => [i.path.join('.'), renderNb(i.message)])).toEqual([
      ['rules.budgetChapterPost', 'Kapittel og post i statsbudsjettet kan ikke være lengre enn 200 tegn'],
    ]);
  });
});
