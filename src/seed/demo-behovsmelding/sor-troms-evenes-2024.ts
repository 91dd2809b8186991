// The real behovsmelding 2024 "Kompetanseløftet Sør-Troms og Evenes" (/work/shared/reference/
// behovsmelding-2024-sor-troms-evenes.txt) in full as form field values, for the demo seed: sections 1–3 from
// sor-troms-evenes-2024-texts.ts, 2.2 from sor-troms-evenes-2024-tiltak.ts, sections 4–6 and the two parts here.
// The budget tables, section 5's counts and Evenes' section 6 are the domain fixture's (fixtures/sor-troms-evenes-2024.ts,
// whose head comment says how the ambiguous lines are read).
//
// No real person is named: the document's contact persons are replaced by fictional ones (example.org) or by their
// role ("ved daglig leder"). Organisations, orgnr and kontonr are the document's: Harstad kommune 972 417 971 /
// 8109 10 69555 and UiT 970 422 528 / 7694 05 18691 all pass the MOD11 checks of ZOrgnr/ZKontonr.
import type { TOtherOwner, TPartHeader, TUhInstitution } from '../../domain/behovsmelding/application-fields.ts';
import { SOR_TROMS_EVENES_2024 } from '../../domain/behovsmelding/fixtures/sor-troms-evenes-2024.ts';
import type { TApplicationPart } from '../../domain/behovsmelding/parts.ts';
import { INNLEDNING, sections1To3Values } from './sor-troms-evenes-2024-texts.ts';
import { tiltakValue } from './sor-troms-evenes-2024-tiltak.ts';

export { INNLEDNING as SOR_TROMS_EVENES_2024_INNLEDNING };

const kommune = (navn: string): TOtherOwner => ({ navn, art: 'kommunal', kontaktperson: null });
const privatBarnehage = (navn: string, kontaktperson: string | null): TOtherOwner => ({ navn, art: 'privat-barnehage', kontaktperson });

/** 5.2 in the document's order; "ved daglig leder <name>" → "Daglig leder"; an owner named without a role → null. */
const ANDRE_EIERE: TOtherOwner[] = [
  ...['Ibestad kommune', 'Kvæfjord kommune', 'Tjeldsund kommune', 'Gratangen kommune', 'Evenes kommune', 'Harstad kommune'].map(kommune),
  privatBarnehage('Bjørnebåsen SA', 'Daglig leder'),
  privatBarnehage('Dalsletta SA', 'Daglig leder'),
  privatBarnehage('Trygge barnehager (Furuberget FUS)', 'Daglig leder i Furuberget FUS'),
  privatBarnehage('Grønnebakkan barnehage SA', 'Daglig leder'),
  privatBarnehage('Holtet barnehage', 'Daglig leder'),
  privatBarnehage('Mølnholtet familiebarnehage', 'Eier'),
  privatBarnehage('Læringsverkstedet AS', 'Styrerne'),
  privatBarnehage('Márkománk sámi mánáidgárdi', null),
  { navn: 'Harstad Montessori skole', art: 'privat-skole', kontaktperson: null },
];

// 5.3 names no institution, only UiT's contact and payment details; the budget is "Budsjett UiT".
const UH: TUhInstitution[] = [
  {
    navn: 'UiT Norges arktiske universitet',
    kontaktperson: 'Ingrid Bakke',
    epost: 'ingrid.uh@example.org',
    orgnr: '970422528',
    kontonr: '76940518691',
    betalingsreferanse: 'Kompetanseløftet Sør-Troms, prosjektnr: 100847101',
  },
];

const sections4And5 = () => ({
  's4.kontaktNavn': 'Tone Eide',
  's4.kontaktArbeidssted': 'regionkontakt Sør-Troms, Harstad kommune',
  's4.kontaktEpost': 'tone.eide@example.org',
  's4.kontaktTelefon': '41234567',
  's4.lagetIPartnerskap': true,
  's5.ansvarligEier.navn': 'Harstad kommune',
  // The document gives the contact of the Evenes member of the working group (name, e-mail, phone) and her role.
  's5.ansvarligEier.kontaktperson':
    'Eva Nordli, e-post: eva.evenes@example.org. Rolle: Kontaktperson for Evenes kommune i arbeidsgruppa til Kompetanseløftet i Sør-Troms',
  's5.ansvarligEier.forvaltning': 'Midlene skal forvaltes av Harstad kommune på vegne kommunene som deltar i Kompetanseløftet.',
  's5.ansvarligEier.orgnr': '972417971',
  's5.ansvarligEier.kontonr': '81091069555',
  's5.ansvarligEier.betalingsreferanse': 'prosjektnummer 9989, Kompetanseløftet Sør-Troms og Evenes',
  's5.andreEiere': structuredClone(ANDRE_EIERE),
  's5.andreEiereMerknad': 'Det sendes en separat behovsmelding til Statsforvalteren i Nordland på vegne av Evenes sin andel i Kompetanseløftet.',
  's5.uh': structuredClone(UH),
  's5.pptKontorer':
    'PPT Harstad kommune dekker alle kommunene. Alle barnehager og skoler er tildelt en fast kontaktperson fra PPT. PP-rådgiver deltar i tverrfaglige team på skolene og i barnehagene. PP-rådgivere, skoleteam, førskoleteam og foreldreveiledere vil delta i og bidra inn i kompetanseheving, nettverk og veiledning.',
  's5.barnevern':
    'Barnevernstjenesten tilknyttet de forskjellige kommunene vil delta i og kan bidra inn i kompetanseheving og nettverksarbeid. Lokale forekomster kan variere.',
  's5.helsestasjoner':
    'Helsestasjonene tilknyttet de forskjellige kommunene vil delta i og kan bidra inn i kompetanseheving og nettverksarbeid. Lokale forekomster kan variere.',
  's5.andre':
    'Andre ansatte med relevante arbeidsoppgaver i laget rundt barna/elevene. Eksempelvis skoleteam, førskoleteam, Familiens hus og spesialpedagogiske koordinatorer utenfor skole og barnehage.',
  's5.statped':
    'Statped kan bli benyttet som kompetanse- og drøftingspartner i nettverk og samarbeidsfora. De kan også delta i prosesser for å drøfte kompetansebehov eller tiltak for å heve aktuell kompetanse.\n\nNår partnerskapet ser behov for det, vil det bli søkt om bistand fra Statped for å supplere arbeidet.',
  's5.samarbeid': 'Det vil bli utarbeidet en ny konkretiseringsavtale når vi vet om vi får midler til partnerskapet. Denne ettersendes.',
});

/**
 * Section 6 for Sør-Troms, DERIVED: the document fills section 6 once, for Evenes only. The demo mirrors Evenes'
 * column layout with Sør-Troms' own figures: per year (2024 and 2025 with the same amounts, as Evenes' 2025 column
 * repeats 2024; the measure runs to June 2025) ownerKr = the owner table's total 1 121 060 ("Kostnad 2024-2025"),
 * uhKr = UiT's Sør-Troms total 1 676 314 ("Totalkostnader inkl. leder/adm ressurs"), their sum 2 797 374 as the stated
 * total, coordinatorOwnerKr = the owner table's "Lønnskostnad koordinator" 257 600. Copied from Evenes' column: the
 * shares 0 / 10 / 90 %, the coordinator note (UiT's coordinator is inside its budget), no funds held over (6.1 is
 * empty) and both justifications of 6.8.1, which speak for the whole partnership. Marked `derived: true`.
 */
function derivedSorTromsGrantUse(evenes: TApplicationPart): NonNullable<TApplicationPart['grantUse']> {
  if (!evenes.grantUse) throw new Error('the fixture gives Evenes its section 6');
  const year = (y: number) => ({
    year: y,
    ownerKr: 1_121_060,
    uhKr: 1_676_314,
    statedTotalKr: 2_797_374,
    coFundingKr: null,
    coFundingPurpose: null,
    shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 },
    coordinatorOwnerKr: 257_600,
    coordinatorUhKr: null,
    coordinatorNote: 'UiT sin beregning ligger i budsjettet fra UiT',
  });
  return {
    heldOverOwnerKr: null,
    heldOverUhKr: null,
    years: [year(2024), year(2025)],
    coordinatorJustification: structuredClone(evenes.grantUse.coordinatorJustification),
    derived: true,
  };
}

function partValues(id: string, part: TApplicationPart, grantUse: TApplicationPart['grantUse']): Record<string, unknown> {
  return {
    [`parts.${id}.unitCounts`]: part.unitCounts,
    [`parts.${id}.grantUse`]: grantUse,
    [`parts.${id}.ownerBudget`]: part.ownerBudget,
    [`parts.${id}.uhBudget`]: part.uhBudget,
  };
}

/** Every field of the real document, keyed as the form saves them. A fresh, unshared object each call. */
export function sorTromsEvenes2024Values(): Record<string, unknown> {
  const [sorTroms, evenes] = structuredClone(SOR_TROMS_EVENES_2024).parts;
  if (!sorTroms || !evenes) throw new Error('the fixture has the parts Sør-Troms and Evenes');
  const parts: TPartHeader[] = [
    { id: 'sor-troms', name: sorTroms.name, otherOfficeId: null, budgetYear: sorTroms.budgetYear },
    { id: 'evenes', name: evenes.name, otherOfficeId: 'nordland', budgetYear: evenes.budgetYear },
  ];
  return {
    ...sections1To3Values(),
    's2.tiltak': tiltakValue(),
    ...sections4And5(),
    parts,
    ...partValues('sor-troms', sorTroms, derivedSorTromsGrantUse(evenes)),
    ...partValues('evenes', evenes, evenes.grantUse),
  };
}

/** Frozen: read it, or take sorTromsEvenes2024Values() to change a copy. */
export const SOR_TROMS_EVENES_2024_VALUES: Readonly<Record<string, unknown>> = deepFreeze(sorTromsEvenes2024Values());

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
