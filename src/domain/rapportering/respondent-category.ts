// The respondent category a report starts with (issue 16, point 2): derived from the respondent's organisation — the
// partnership's applicant — and editable by the office afterwards, so the rule only has to be right for the usual
// case. The category decides which table of every question block of "Svar – Intern rapport" the report is printed in.
import type { OrganisationKind, RSK_FORMS } from '../org/organisation.ts';
import type { INTERN_RAPPORT_CATEGORIES } from './intern-rapport.ts';

export type TRespondentCategory = (typeof INTERN_RAPPORT_CATEGORIES)[number];

// Per kind, so that a new organisation kind does not compile until someone decides its category. An RSK depends on
// its form (below). KS, PBL and the unions are member associations: like an RSK that is an association, they report
// as organisations even where their members are public. "annen" is not known to be private, so it takes the public
// catch-all, as the issue says for "anything else public".
const BY_KIND: Record<Exclude<OrganisationKind, 'rsk'>, TRespondentCategory> = {
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

export type TRespondentOrganisation = { kind: OrganisationKind; rskForm: (typeof RSK_FORMS)[number] | null };

/** The category a respondent's report is filed under until the office changes it. */
export function respondentCategory(organisation: TRespondentOrganisation): TRespondentCategory {
  if (organisation.kind !== 'rsk') return BY_KIND[organisation.kind];
  // An RSK hosted by a municipality is part of that municipality's administration, but not the municipality itself.
  // Without a known form (an organisation saved before the form was required) it is not known to be an association.
  return organisation.rskForm === 'forening' ? 'Organisasjon (Privat)' : 'Annet (Offentlig)';
}
