// A submitted behovsmelding for the document tests: the real Sør-Troms og Evenes 2024 budget (both parts, Evenes
// applied for at Statsforvalteren i Nordland) with texts and tiltak rows taken from the real form. Contact persons
// are made up. Totals and warnings are computed by the domain's own validation, as at a real submission.
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { SNAPSHOT_FORMAT } from '../../domain/behovsmelding/application-snapshot.ts';
import type { TTiltakRow } from '../../domain/behovsmelding/application-fields.ts';
import { warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import { SOR_TROMS_EVENES_2024 } from '../../domain/behovsmelding/fixtures/sor-troms-evenes-2024.ts';
import { validateApplication } from '../../domain/behovsmelding/validate-application.ts';

export const TEST_TILTAK: TTiltakRow[] = [
  {
    nummer: 'Tiltak 1',
    hva: 'Kompetansepakke om inkluderende praksis',
    hvordan: 'Digital pakke som kjøres på den enkelte enhet med påfølgende prosess i personalet',
    malgruppe: 'Alle ansatte i barnehage, skole, SFO og PPT',
    nar: 'Høst 24–vår 25',
    ansvar: 'Styrere, rektorer, leder PPT',
  },
  {
    nummer: 'Tiltak 2',
    hva: 'Kompetanseutvikling samiske perspektiver',
    hvordan: '1. Workshop/foredrag ved UiT\n2. Løfte opp god praksis fra regionen i workshop/webinar med påfølgende prosess i barnehager/SFO/skole',
    malgruppe: 'Barnehager, skoler, SFO, PPT, barnevern',
    nar: '24–25',
    ansvar: 'UiT/andre eksterne og regionale ressurser',
  },
  {
    nummer: '3.1',
    hva: 'Fagfokus hver tredje uke gjennom barnehage- og skoleåret',
    hvordan: 'Korte digitale økter (20–30 min) med ulike tema hver tredje uke. Refleksjonsspørsmål til bruk i personalet i etterkant.',
    malgruppe: 'Alle ansatte i barnehage, skole, SFO, PPT, barnevern og helse',
    nar: '24–25, med målsetting om videreføring dersom evaluering er positiv',
    ansvar: 'Innlegg fra UiT, PPT, barnevern, helse og fagpersoner i barnehage og skoler/SFO etter tematikk; RVTS',
  },
  {
    nummer: '3.2',
    hva: 'Fordypningsdag august 24',
    hvordan: '½ dag fordypning i valgt tema (digital)',
    malgruppe: 'Alle ansatte i barnehage, skole, SFO, PPT, barnevern og helse',
    nar: 'Planleggingsdag høst 24',
    ansvar: 'UiT. Organisering: barnehagefaglig rådgiver og skolefaglig rådgiver',
  },
  {
    nummer: 'Tiltak 4',
    hva: 'Dialogkonferanser',
    hvordan: 'Nettverk à tre dialogkonferanser, inkludert to mellomarbeid',
    malgruppe: 'Ledere og utviklingsgrupper i skolene, representanter fra SFO, barnehager, PPT og avdelingsledere fra barnevern og helse',
    nar: '3 × 2 dager med samme tema (regionen deles i to) i september 24, februar 25 og april 25',
    ansvar: 'UiT har faglig ansvar; barnehagefaglig og skolefaglig rådgiver',
  },
  {
    nummer: '5.1',
    hva: 'Nettverk skole: koordinatorer og PP-rådgivere skole',
    hvordan: 'Fysiske møter med deltakere fra regionen: erfaringsdeling, kompetanseutvikling, felles praksis',
    malgruppe: 'Koordinatorer skole og PP-rådgivere skole',
    nar: '2 på høsten og 2 på våren',
    ansvar: 'UiT, leder PPT, barnehagefaglig og skolefaglig rådgiver',
  },
  {
    nummer: 'Tiltak 6',
    hva: 'Veiledning/kompetanseutvikling PPT',
    hvordan: '4 hele dager (2 fysisk og 2 digitale) og 6 digitale kollegaveiledninger',
    malgruppe: 'Alle ansatte i PPT og evt. spes.ped.-hjelp/rådgiver barnehage og skole',
    nar: '24–25',
    ansvar: 'UiT/andre eksterne ressurser',
  },
  {
    nummer: 'Tiltak 8',
    hva: 'Organisering PPT',
    hvordan: 'Gjennomgang av organisering og struktur i PPT, slik at PPT kommer tidligere inn og tettere på barnet/eleven og veileder på systemnivå',
    malgruppe: 'Styringsgruppa, med innspill fra nettverk barnehage og skole',
    nar: '24–25',
    ansvar: 'Styringsgruppa',
  },
];

function testValues(): Record<string, unknown> {
  const [sorTroms, evenes] = structuredClone(SOR_TROMS_EVENES_2024).parts;
  if (!sorTroms || !evenes) throw new Error('the fixture has two parts');
  // The real form fills section 6 for Evenes only; Sør-Troms' is derived from its tables (as the demo does).
  const sorTromsGrantUse = {
    heldOverOwnerKr: null,
    heldOverUhKr: null,
    years: [
      {
        year: 2024,
        ownerKr: 1_121_060,
        uhKr: 1_676_314,
        statedTotalKr: 2_797_374,
        coFundingKr: null,
        coFundingPurpose: null,
        shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 },
        coordinatorOwnerKr: 257_600,
        coordinatorUhKr: null,
        coordinatorNote: 'UiT sin beregning ligger i budsjettet fra UiT',
      },
    ],
    coordinatorJustification: evenes.grantUse?.coordinatorJustification ?? { owner: null, uh: null },
    derived: true,
  };
  const part = (id: string, p: typeof sorTroms, grantUse: unknown) => ({
    [`parts.${id}.unitCounts`]: p.unitCounts,
    [`parts.${id}.grantUse`]: grantUse,
    [`parts.${id}.ownerBudget`]: p.ownerBudget,
    [`parts.${id}.uhBudget`]: p.uhBudget,
  });
  return {
    's1.tema':
      'Tema for år 2 og 3 i satsningen er å forebygge og møte sosioemosjonelle vansker gjennom en inkluderende og traume-informert praksis.\nInkluderende praksis og samiske perspektiver vil være et bakteppe for all kompetanseutvikling.',
    's1.begrunnelse': 'Regionen gjennomførte KOSIP (kartlegging) august 2023 i både barnehage, skole/SFO, PPT, barnevern og helse.',
    's1.medvirkning': 'Hver enhet gjennomførte felles analyse hvor ledere og ansatte deltok, slik at alle ansatte var sikret medvirkning.',
    's1.aktivitetsplan': [
      { uke: '33', aktivitet: 'Motivering og involvering av ansatte ved gjennomføring av KOSIP', hvem: 'Ansatte i barnehage, skole/SFO, PPT, barnevern og helse' },
      { uke: '38 (19.09)', aktivitet: 'Presentasjon av resultater til ledergruppene', hvem: 'Ledergruppene' },
      { uke: '47', aktivitet: 'Regionen prioriterer et felles satsingsområde', hvem: 'Prosess i styringsgruppa' },
    ],
    's1.samiskePerspektiver': 'Vi ønsker å skape trygg kulturell identitet ved å ha søkelys på hvordan det samiske og kvenske perspektivet kan bli levende i regionen.',
    's1.omrader': ['spesialpedagogikk', 'inkludering', 'tverrfaglig'],
    's2.overordnetMal': 'Alle barn og unge i regionen opplever at de faglig og sosialt er inkludert i sin barnehage- og skolehverdag.',
    's2.langsiktigeMal': 'Hver enhet har en felles pedagogisk/profesjonell praksis for å sikre sosial og faglig inkludering av alle barn og unge.',
    's2.delmal': [
      {
        text: 'Alle ansatte i skole, barnehage, SFO og PPT jobber for å få en felles forståelse av inkluderende praksis.',
        points: [{ text: 'Den felles forståelsen av inkluderende praksis blir synliggjort gjennom praksis i skole og barnehage.' }],
      },
      {
        text: 'Gjennomføre felles kompetanseutvikling og erfaringsdeling i regionen gjennom å:',
        points: [
          { text: 'Gjennomføre fysiske dialogkonferanser med deltakere fra barnehager, SFO, skoler, PPT, helse og barnevern.' },
          { text: 'Etablere spesialpedagogisk nettverk for PP-rådgivere og skoler/barnehager i regionen.' },
          { text: 'Prøve ut Fagfokus som metode for felles tverrfaglig kompetanseutvikling i regionen.' },
        ],
      },
    ],
    's2.tiltak': [
      { periode: 'HØST 24–VÅR 25', rader: TEST_TILTAK.slice(0, 6) },
      { periode: 'PPT 24–25', rader: TEST_TILTAK.slice(6) },
    ],
    's2.ppt': 'Alle ansatte i PPT får kompetanseutvikling og veiledning gjennom et år i samarbeid med UiT/andre eksterne ressurser.',
    's2.kollektiveProsesser': 'Gjennom kompetansepakken, fagfokus, nettverk og dialogkonferanser skaper vi rom for felles refleksjon.',
    's2.malgrupper': 'Se punkt 2.2',
    's2.start': 'August 24',
    's2.slutt': 'Juni 25',
    's2.uhErfaringer': 'Fagpersoner kommer tettere på praksisfeltet og forstår bedre hva som er god praksis.',
    's2.evaluering': 'Styringsgruppa får halvårlig rapportering fra eierne på status for gjennomføring av tiltak i egen kommune.',
    's3.rekomp': 'Region Sør-Troms avslutter et 1-årig samarbeid med UiT våren 2024.',
    's3.laeringsmiljo': 'Medkila skole og Medkila barnehage i samarbeid med UiS og Læringsmiljøsenteret (avsluttes våren 2024).',
    's4.kontaktNavn': 'Tone Eide',
    's4.kontaktArbeidssted': 'Regionkontakt Sør-Troms, Harstad kommune',
    's4.kontaktEpost': 'tone.eide@example.org',
    's4.kontaktTelefon': '41234567',
    's4.lagetIPartnerskap': true,
    's5.ansvarligEier.navn': 'Harstad kommune',
    's5.ansvarligEier.kontaktperson': 'Kari Nordmann, kontaktperson i arbeidsgruppa til Kompetanseløftet i Sør-Troms',
    's5.ansvarligEier.forvaltning': 'Midlene skal forvaltes av Harstad kommune på vegne av kommunene som deltar i Kompetanseløftet.',
    's5.ansvarligEier.orgnr': '972417971',
    's5.ansvarligEier.kontonr': '81091069555',
    's5.ansvarligEier.betalingsreferanse': 'Prosjektnummer 9989, Kompetanseløftet Sør-Troms og Evenes',
    's5.andreEiere': [
      { navn: 'Ibestad kommune', art: 'kommunal', kontaktperson: null },
      { navn: 'Kvæfjord kommune', art: 'kommunal', kontaktperson: null },
      { navn: 'Harstad Montessori skole', art: 'privat-skole', kontaktperson: 'Daglig leder' },
    ],
    's5.uh': [
      {
        navn: 'UiT Norges arktiske universitet',
        kontaktperson: 'Ola Nordmann',
        epost: 'ola.nordmann@example.org',
        orgnr: '970422528',
        kontonr: '76940518691',
        betalingsreferanse: 'Kompetanseløftet Sør-Troms, prosjektnr. 100847101',
      },
    ],
    's5.pptKontorer': 'PPT Harstad kommune dekker alle kommunene. Alle barnehager og skoler er tildelt en fast kontaktperson fra PPT.',
    's5.barnevern': 'Barnevernstjenesten tilknyttet de forskjellige kommunene vil delta.',
    's5.samarbeid': 'Det vil bli utarbeidet en ny konkretiseringsavtale når vi vet om vi får midler til partnerskapet.',
    parts: [
      { id: 'sor-troms', name: sorTroms.name, otherOfficeId: null, budgetYear: 2024 },
      { id: 'evenes', name: evenes.name, otherOfficeId: evenes.otherOfficeId, budgetYear: 2024 },
    ],
    ...part('sor-troms', sorTroms, sorTromsGrantUse),
    ...part('evenes', evenes, evenes.grantUse),
  };
}

/** A fresh snapshot each call (tests may change it). Throws if the fixture would not be accepted at submission. */
export function testSnapshot(): TApplicationSnapshot {
  const values = testValues();
  const validation = validateApplication(values, { coordinatorAllowed: true });
  if (!validation.canSubmit || !validation.totals) {
    throw new Error(`test snapshot does not validate: ${JSON.stringify(validation.issues.filter((i) => i.severity === 'error'))}`);
  }
  return {
    format: SNAPSHOT_FORMAT,
    applicationId: '5f0c7a52-3d1e-4b8a-9c61-2a7e4f9b0d13',
    documentNumber: '2023/8245-3',
    sequence: 1,
    submittedAt: '2023-11-30T14:05:00.000Z',
    submittedByName: 'Tone Eide',
    onExtension: false,
    round: {
      id: '0b7d2e44-8f4a-4c3e-a1d2-6e5f7a8b9c01',
      title: 'Behovsmeldinger 2024 – Kompetanseløftet',
      year: 2024,
      officeId: 'troms-og-finnmark',
      officeName: 'Statsforvalteren i Troms og Finnmark',
      schemeId: 'kompetanseloftet',
      schemeName: 'Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
      deadlineLocal: '2023-12-01T23:59:59',
      caseNumber: '2023/8245',
      countyNumber: '55',
      coordinatorAllowed: true,
    },
    partnership: {
      id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
      name: 'Kompetanseløftet Sør-Troms og Evenes',
      applicantName: 'Harstad kommune',
      owners: ['Harstad kommune', 'Ibestad kommune', 'Kvæfjord kommune', 'Tjeldsund kommune', 'Gratangen kommune', 'Evenes kommune'],
      uh: ['UiT Norges arktiske universitet'],
    },
    values,
    totals: validation.totals,
    warnings: warningsOf(validation.issues) as TApplicationSnapshot['warnings'],
    attachments: [
      { id: 'a1', filename: 'Budsjett UiT 2024-2025.pdf', contentType: 'application/pdf', size: 48_213, sha256: 'a'.repeat(64) },
      { id: 'a2', filename: 'Konkretiseringsavtale: utkast?.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 1_250_000, sha256: 'b'.repeat(64) },
    ],
  };
}
