// Fictional behovsmeldinger for the demo, one per partnership of reference-data/demo.json besides Sør-Troms og
// Evenes: Nord-Troms complete (the seed submits it), Evenes' Nordland share as a nearly complete draft, and Troms
// fylkeskommune's Dekomp with a few deliberate errors, so the demo shows every state of a form. People are the
// demo's own (demo.json) or made up, with example.org addresses. Organisation numbers and account numbers that no
// reference document states are fictional: "1000000…" with a valid MOD11 check digit (organisation numbers are
// assigned from 8 and 9, so these belong to nobody); the UiT ones are from the real Sør-Troms document.
import { item, grantUse, grantYear, kommuner, lumpSum, markup, singlePart, subtotal, table, unitCounts } from './fictional-builders.ts';

export type TFictionalApplication = {
  /** Stable key for the seed and the tests. */
  key: string;
  /** The partnership's `name` in reference-data/demo.json. */
  partnershipName: string;
  /** The round it belongs to: office × scheme × year. */
  round: { officeId: string; schemeId: string; year: number };
  /** What the seed does with it: leave it as a draft, or submit it (it must then validate without errors). */
  intent: 'draft' | 'submit';
  values: () => Record<string, unknown>;
};

export const UIT = {
  navn: 'UiT Norges arktiske universitet',
  kontaktperson: 'Ingrid Bakke',
  epost: 'ingrid.uh@example.org',
  orgnr: '970422528',
  kontonr: '76940518691',
};

/** Complete and valid: no errors, no warnings. */
export function nordTroms2024Values(): Record<string, unknown> {
  return {
    's1.tema': 'Inkluderende praksis med vekt på samiske og kvenske perspektiver i barnehage, skole og PPT.',
    's1.begrunnelse': 'Ståstedsanalysen høsten 2023 viser at ansatte ønsker mer kunnskap om tilpasset opplæring og om flerspråklige barn og elever.',
    's1.kartleggingLenke': null,
    's1.medvirkning': 'Alle enheter drøftet resultatene på personalmøter i oktober og meldte inn sine prioriteringer til styringsgruppa.',
    's1.aktivitetsplan': [
      { uke: '40', aktivitet: 'Ståstedsanalyse på hver enhet', hvem: 'Alle ansatte' },
      { uke: '46', aktivitet: 'Prioritering av innsatsområder', hvem: 'Styringsgruppa' },
    ],
    's1.samiskePerspektiver': 'Samisk høgskole bidrar i planleggingen, og samiske og kvenske perspektiver er med i alle samlinger.',
    's1.omrader': ['inkludering', 'tverrfaglig'],
    's2.overordnetMal': 'Alle barn og elever i Nord-Troms opplever et inkluderende fellesskap i barnehage og skole.',
    's2.langsiktigeMal': null,
    's2.delmal': [
      {
        text: 'Ansatte i barnehage, skole og PPT har en felles forståelse av inkluderende praksis innen juni 2025.',
        points: [{ text: 'Hver enhet har gjennomført kompetansepakken om inkluderende praksis.' }, { text: 'PPT veileder på systemnivå i alle enheter.' }],
      },
    ],
    's2.tiltak': [
      {
        periode: 'Høst 24–vår 25',
        rader: [
          { nummer: 'Tiltak 1', hva: 'Kompetansepakke om inkluderende praksis', hvordan: 'Digitale moduler med oppfølging i personalet', malgruppe: 'Alle ansatte', nar: 'Høst 24–vår 25', ansvar: 'Styrere og rektorer' },
          { nummer: 'Tiltak 2', hva: 'Regionale samlinger', hvordan: 'To samlinger med workshop ved UiT og Samisk høgskole', malgruppe: 'Ledere og ressurspersoner', nar: 'Oktober 24 og mars 25', ansvar: 'UiT' },
          { nummer: 'Tiltak 3', hva: 'Veiledning av enheter', hvordan: 'Veiledning i egne lokaler, inntil 40 timer', malgruppe: 'Enheter som ber om det', nar: '24–25', ansvar: 'UiT og PPT' },
        ],
      },
    ],
    's2.ppt': 'PPT deltar på alle samlinger og veileder enhetene sammen med UiT.',
    's2.kollektiveProsesser': 'Arbeidet foregår i personalgruppene, med felles refleksjon mellom samlingene.',
    's2.malgrupper': 'Se punkt 2.2',
    's2.start': 'August 24',
    's2.slutt': 'Juni 25',
    's2.uhErfaringer': 'Erfaringene brukes i barnehagelærer- og grunnskolelærerutdanningen.',
    's2.evaluering': 'Styringsgruppa evaluerer etter hver samling og ved årets slutt.',
    's3.rekomp': null,
    's3.dekomp': 'Kommunene deltar i Dekomp med lesing på mellomtrinnet (avsluttes våren 2024).',
    's3.laeringsmiljo': null,
    's3.oppfolging': null,
    's4.kontaktNavn': 'Nils Elvebakk',
    's4.kontaktArbeidssted': 'Oppvekstleder, Nordreisa kommune',
    's4.kontaktEpost': 'nils.nordreisa@example.org',
    's4.kontaktTelefon': '41234568',
    's4.lagetIPartnerskap': true,
    's5.ansvarligEier.navn': 'Nordreisa kommune',
    's5.ansvarligEier.kontaktperson': 'Nils Elvebakk, oppvekstleder',
    's5.ansvarligEier.forvaltning': 'Nordreisa kommune forvalter midlene på vegne av kommunene i Nord-Troms.',
    's5.ansvarligEier.orgnr': '100000016',
    's5.ansvarligEier.kontonr': '10000000014',
    's5.ansvarligEier.betalingsreferanse': 'Kompetanseløftet Nord-Troms 2024',
    's5.andreEiere': kommuner('Kåfjord kommune', 'Skjervøy kommune', 'Lyngen kommune', 'Kvænangen kommune', 'Storfjord kommune'),
    's5.andreEiereMerknad': null,
    's5.uh': [{ ...UIT, betalingsreferanse: 'Kompetanseløftet Nord-Troms 2024' }],
    's5.pptKontorer': 'Det interkommunale PP-kontoret deltar på samlingene og veileder enhetene.',
    's5.barnevern': null,
    's5.helsestasjoner': null,
    's5.andre': null,
    's5.statped': null,
    's5.samarbeid': 'UiT leder samlingene og veiledningen; Samisk høgskole bidrar gjennom avtale med UiT. Kommunene organiserer og følger opp.',
    ...singlePart(
      { id: 'nord-troms', name: 'Nord-Troms', otherOfficeId: null, budgetYear: 2024 },
      {
        unitCounts: unitCounts({
          kommunaleGrunnskoler: [['Nordreisa', 3], ['Kåfjord', 2], ['Skjervøy', 1], ['Lyngen', 1], ['Kvænangen', 1], ['Storfjord', 1]],
          privateGrunnskoler: 0,
          fylkeskommunaleVgs: 0,
          privateVgs: 0,
          laerebedrifter: 0,
          kommunaleBarnehager: [['Nordreisa', 4], ['Kåfjord', 1], ['Skjervøy', 2], ['Lyngen', 1], ['Kvænangen', 1], ['Storfjord', 1]],
          privateBarnehager: 1,
        }),
        ownerBudget: table(
          'Budsjett eier 2024-2025',
          [
            item('Samlinger for ledere og ressurspersoner', [[60, 'deltakere'], [2, 'samlinger']], 650, 78_000),
            lumpSum('Reiseutgifter for deltakere', 45_000),
            item('Vikarutgifter', [[40, 'dager']], 2_800, 112_000),
            lumpSum('Lønnskostnad koordinator (20 % stilling)', 140_000),
          ],
          375_000,
        ),
        uhBudget: table(
          'Budsjett UiT 2024-2025',
          [lumpSum('Samlinger og workshops', 180_000), lumpSum('Veiledning av enheter', 220_000), lumpSum('Samiske perspektiver (Samisk høgskole)', 60_000), subtotal('Totalt for tiltak', 460_000), markup('Påslag leder/adm ressurs (20 %)', 20, 92_000)],
          552_000,
        ),
        grantUse: grantUse(
          [
            grantYear({ year: 2024, ownerKr: 375_000, uhKr: 552_000, shares: { kartlegging: 5, planlegging: 15, gjennomforing: 80 }, coordinatorOwnerKr: 140_000 }),
            grantYear({ year: 2025, ownerKr: 350_000, uhKr: 520_000, coordinatorOwnerKr: 140_000 }),
          ],
          { owner: 'Seks kommuner med lange avstander trenger én som samordner samlinger, reiser og kontakten med UiT.' },
        ),
      },
    ),
  };
}

/** Nearly complete draft: 2.9 and the phone number are empty, and Nord universitet's payment details are missing. */
export function evenesNordland2024DraftValues(): Record<string, unknown> {
  return {
    's1.tema': 'Evenes kommunes andel av satsingen på inkluderende og traumeinformert praksis i Sør-Troms og Evenes.',
    's1.begrunnelse': 'Evenes deltar i den regionale kartleggingen og har de samme prioriteringene som regionen.',
    's1.medvirkning': 'Barnehagene og skolen har drøftet resultatene i hele personalet.',
    's1.samiskePerspektiver': 'Samiske perspektiver tas inn i alle samlinger, i samarbeid med regionen.',
    's1.omrader': ['inkludering'],
    's2.overordnetMal': 'Alle barn og elever i Evenes opplever seg trygge og inkludert.',
    's2.delmal': [{ text: 'Ansatte i barnehage og skole deltar i regionens dialogkonferanser og nettverk.', points: [] }],
    's2.tiltak': [
      {
        periode: 'Høst 24–vår 25',
        rader: [{ nummer: 'Tiltak 1', hva: 'Deltakelse i dialogkonferanser og nettverk', hvordan: 'Sammen med Sør-Troms', malgruppe: 'Ledere og ressurspersoner', nar: '24–25', ansvar: 'Oppvekstsjef' }],
      },
    ],
    's2.ppt': 'PPT deltar sammen med regionen.',
    's2.kollektiveProsesser': 'Erfaringene fra konferansene følges opp på personalmøter.',
    's2.malgrupper': 'Se punkt 2.2',
    's2.start': 'August 24',
    's2.slutt': 'Juni 25',
    's2.uhErfaringer': 'Nord universitet bruker erfaringene i barnehagelærerutdanningen.',
    's2.evaluering': null,
    's4.kontaktNavn': 'Eva Nordli',
    's4.kontaktArbeidssted': 'Oppvekstsjef, Evenes kommune',
    's4.kontaktEpost': 'eva.evenes@example.org',
    's4.kontaktTelefon': '',
    's4.lagetIPartnerskap': true,
    's5.ansvarligEier.navn': 'Evenes kommune',
    's5.ansvarligEier.kontaktperson': 'Eva Nordli, oppvekstsjef',
    's5.ansvarligEier.orgnr': '100000024',
    's5.ansvarligEier.kontonr': '10000000022',
    's5.ansvarligEier.betalingsreferanse': 'Kompetanseløftet Evenes 2024',
    's5.uh': [{ navn: 'Nord universitet', kontaktperson: 'Randi Fjellstad', epost: 'randi.fjellstad@example.org', orgnr: null, kontonr: null, betalingsreferanse: null }],
    's5.pptKontorer': 'PPT Harstad kommune, som dekker Evenes.',
    's5.samarbeid': 'Nord universitet veileder skolen og barnehagene; kommunen organiserer.',
    ...singlePart(
      { id: 'evenes', name: 'Evenes', otherOfficeId: null, budgetYear: 2024 },
      {
        unitCounts: unitCounts({ kommunaleGrunnskoler: [['Evenes', 1]], kommunaleBarnehager: [['Evenes', 2]] }),
        ownerBudget: table(
          'Budsjett Evenes kommune 2024-2025',
          [item('Dialogkonferanser', [[16, 'ansatte'], [3, 'dialogkonferanser']], 610, 29_280), item('Nettverkstreff', [[3, 'ansatte'], [4, 'nettverkstreff']], 610, 7_320)],
          36_600,
        ),
        uhBudget: table('Budsjett Nord universitet 2024-2025', [lumpSum('Veiledning og workshop', 40_000), lumpSum('Reise', 8_000)], 48_000),
        grantUse: grantUse([grantYear({ year: 2024, ownerKr: 36_600, uhKr: 48_000 })]),
      },
    ),
  };
}

/**
 * With deliberate errors: the owner's account number has a wrong check digit, a tiltak row has no "hva", the shares
 * of 2024 sum to 95 %, and the upper secondary schools' breakdown (5) does not add up to the total (6). One warning
 * too: a line states 26 500 where 20 × 2 × 650 = 26 000.
 */
export function dekompTromsFk2024Values(): Record<string, unknown> {
  return {
    's1.tema': 'Vurdering for læring og tilpasset opplæring i videregående skole.',
    's1.begrunnelse': 'Elevundersøkelsen viser at mange elever ikke vet hva de skal jobbe videre med.',
    's1.medvirkning': 'Skolene har drøftet behovene i fagseksjonene og i skolenes ledergrupper.',
    's1.samiskePerspektiver': 'Samiske elevers rettigheter og perspektiver er tema på samlingene.',
    's1.omrader': ['ledelse'],
    's2.overordnetMal': 'Alle elever får tilbakemeldinger som hjelper dem videre.',
    's2.delmal': [{ text: 'Hver skole har en felles praksis for underveisvurdering innen juni 2025.', points: [] }],
    's2.tiltak': [
      {
        periode: 'Skoleåret 24–25',
        rader: [
          { nummer: 'Tiltak 1', hva: 'Samlinger om underveisvurdering', hvordan: 'To samlinger med UiT', malgruppe: 'Lærere og ledere', nar: 'Høst 24 og vår 25', ansvar: 'UiT' },
          { nummer: 'Tiltak 2', hva: null, hvordan: 'Lærende nettverk mellom skolene', malgruppe: 'Ressurslærere', nar: '24–25', ansvar: 'Fylkeskommunen' },
        ],
      },
    ],
    's2.ppt': 'Fylkeskommunens PP-tjeneste deltar i nettverkene.',
    's2.kollektiveProsesser': 'Arbeidet skjer i fagseksjonene på hver skole.',
    's2.malgrupper': 'Lærere og ledere i videregående skole',
    's2.start': 'August 24',
    's2.slutt': 'Juni 25',
    's2.uhErfaringer': 'Erfaringene brukes i lektorutdanningen.',
    's2.evaluering': 'Skolene rapporterer til styringsgruppa hvert halvår.',
    's4.kontaktNavn': 'Tor Kvalvik',
    's4.kontaktArbeidssted': 'Rådgiver, Troms fylkeskommune',
    's4.kontaktEpost': 'tor.kvalvik@example.org',
    's4.kontaktTelefon': '41234569',
    's4.lagetIPartnerskap': true,
    's5.ansvarligEier.navn': 'Troms fylkeskommune',
    's5.ansvarligEier.kontaktperson': 'Tor Kvalvik, rådgiver',
    's5.ansvarligEier.orgnr': '100000032',
    's5.ansvarligEier.kontonr': '10000000031', // deliberate: the check digit should be 0
    's5.ansvarligEier.betalingsreferanse': 'Dekomp vgs 2024',
    's5.uh': [{ ...UIT, betalingsreferanse: 'Dekomp Troms fylkeskommune 2024' }],
    's5.pptKontorer': 'PP-tjenesten i fylkeskommunen deltar i nettverkene.',
    's5.samarbeid': 'UiT leder samlingene; fylkeskommunen organiserer nettverkene.',
    ...singlePart(
      { id: 'troms-fk', name: 'Troms fylkeskommune', otherOfficeId: null, budgetYear: 2024 },
      {
        // deliberate: 3 + 1 + 1 = 5 schools, but the total says 6
        unitCounts: unitCounts({ fylkeskommunaleVgs: { total: 6, by: [['Tromsø', 3], ['Harstad', 1], ['Senja', 1]] } }),
        ownerBudget: table(
          'Budsjett Troms fylkeskommune 2024-2025',
          [item('Samlinger', [[20, 'lærere'], [2, 'samlinger']], 650, 26_500), lumpSum('Vikarutgifter', 60_000)],
          86_000,
        ),
        uhBudget: table('Budsjett UiT 2024-2025', [lumpSum('Samlinger og veiledning', 150_000), markup('Påslag leder/adm ressurs (20 %)', 20, 30_000)], 180_000),
        grantUse: grantUse([
          grantYear({
            year: 2024,
            ownerKr: 86_000,
            uhKr: 180_000,
            coFundingKr: 40_000,
            coFundingPurpose: 'Lærernes tid på samlingene',
            shares: { kartlegging: 10, planlegging: 10, gjennomforing: 75 }, // deliberate: 95 %
          }),
        ]),
      },
    ),
  };
}

export const FICTIONAL_APPLICATIONS: readonly TFictionalApplication[] = [
  {
    key: 'nord-troms-2024',
    partnershipName: 'Kompetanseløftet Nord-Troms',
    round: { officeId: 'troms-og-finnmark', schemeId: 'kompetanseloftet', year: 2024 },
    intent: 'submit',
    values: nordTroms2024Values,
  },
  {
    key: 'evenes-nordland-2024',
    partnershipName: 'Kompetanseløftet Evenes (Nordland-andelen)',
    round: { officeId: 'nordland', schemeId: 'kompetanseloftet', year: 2024 },
    intent: 'draft',
    values: evenesNordland2024DraftValues,
  },
  {
    key: 'dekomp-troms-fk-2024',
    partnershipName: 'Dekomp Troms fylkeskommune',
    round: { officeId: 'troms-og-finnmark', schemeId: 'dekomp', year: 2024 },
    intent: 'draft',
    values: dekompTromsFk2024Values,
  },
];
