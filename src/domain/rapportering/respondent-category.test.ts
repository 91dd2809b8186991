// Every organisation kind gets the category issue 16 (point 2) names for it; an RSK by its form.
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, type OrganisationKind } from '../org/organisation.ts';
import { INTERN_RAPPORT_CATEGORIES } from './intern-rapport.ts';
import { respondentCategory, type TRespondentCategory } from './respondent-category.ts';

// Written out by hand from the issue, not taken from the code under test.
const EXPECTED: Record<Exclude<OrganisationKind, 'rsk'>, TRespondentCategory> = {
  kommune: 'Kommune (Offentlig)',
  fylkeskommune: 'Fylkeskommune (Offentlig)',
  'privat-barnehageeier': 'Organisasjon (Privat)',
  'privat-skoleeier': 'Organisasjon (Privat)',
  virksomhet: 'Organisasjon (Privat)',
  ks: 'Organisasjon (Privat)',
  pbl: 'Organisasjon (Privat)',
  fagforening: 'Organisasjon (Privat)',
  uh: 'Annet (Offentlig)',
  statsforvalter: 'Annet (Offentlig)',
  studiesenter: 'Annet (Offentlig)',
  sametinget: 'Annet (Offentlig)',
  statped: 'Annet (Offentlig)',
  udir: 'Annet (Offentlig)',
  annen: 'Annet (Offentlig)',
};

describe('the respondent category derived from the organisation', () => {
  it.each(Object.entries(EXPECTED))('%s → %s', (kind, category) => {
    expect(respondentCategory({ kind: kind as OrganisationKind, rskForm: null })).toBe(category);
  });

  it('files an RSK that is an association as a private organisation', () => {
    expect(respondentCategory({ kind: 'rsk', rskForm: 'forening' })).toBe('Organisasjon (Privat)');
  });

  it('files an RSK hosted by a municipality, or of unknown form, as other public', () => {
    expect(respondentCategory({ kind: 'rsk', rskForm: 'vertskommune' })).toBe('Annet (Offentlig)');
    expect(respondentCategory({ kind: 'rsk', rskForm: null })).toBe('Annet (Offentlig)');
  });

  it('covers every organisation kind, each with a category the printout prints', () => {
    expect([...Object.keys(EXPECTED), 'rsk'].sort()).toEqual([...ORGANISATION_KINDS].sort());
    for (const kind of ORGANISATION_KINDS) expect(INTERN_RAPPORT_CATEGORIES).toContain(respondentCategory({ kind, rskForm: 'forening' }));
  });
});
