// Fictional Dekomp behovsmeldinger for the demo's round that has closed and awaits the forum (issue 13, closed-round.ts):
// three school owners of Troms og Finnmark, each complete (the seed submits them) and asking for the round's year and
// the next. Their year is the round's, which moves with the day the demo is seeded, so each is built for a year.
// Dekomp requires the owner to co-fund 30 % of the owner's grant: Troms fylkeskommune declares a little too little in
// the first year (75 000 where 30 % of 300 000 is 90 000), so the allocation screen flags 15 000 missing; the others
// declare enough. Organisation and account numbers as in fictional.ts (Harstad kommune's are the real document's).
import { grantUse, grantYear, item, kommuner, lumpSum, markup, singlePart, subtotal, table, unitCounts } from './fictional-builders.ts';
import { UIT } from './fictional.ts';

export type TDekompApplication = {
  /** Stable key for the seed and the tests. */
  key: string;
  /** The partnership's name: demo.json's, or one closed-round.ts makes. */
  partnershipName: string;
  values: (year: number) => Record<string, unknown>;
};

const yy = (year: number) => String(year % 100).padStart(2, '0');
/** A school year's span as the forms write it: "Høst 27–vår 28". */
const schoolYear = (year: number) => `Høst ${yy(year)}–vår ${yy(year + 1)}`;

/** What every complete application here leaves empty or states the same way. */
const common = (year: number) => ({
  's1.kartleggingLenke': null,
  's1.omrader': ['ledelse'],
  's2.langsiktigeMal': null,
  's2.start': `August ${year}`,
  's2.slutt': `Juni ${year + 2}`,
  's3.rekomp': null,
  's3.laeringsmiljo': null,
  's3.oppfolging': null,
  's4.lagetIPartnerskap': true,
  's5.barnevern': null,
  's5.helsestasjoner': null,
  's5.andre': null,
  's5.statped': null,
});

/** Upper secondary schools; declares 15 000 too little co-funding in the first year. */
export function dekompTromsFkValues(year: number): Record<string, unknown> {
  return {
    ...common(year),
    's1.tema': 'Vurdering for læring og tilpasset opplæring i videregående skole.',
    's1.begrunnelse': 'Elevundersøkelsen viser at mange elever ikke vet hva de skal jobbe videre med, og frafallet er høyest i yrkesfagene.',
    's1.medvirkning': 'Skolene har drøftet behovene i fagseksjonene, i skolenes ledergrupper og med elevrådene.',
    's1.aktivitetsplan': [
      { uke: '38', aktivitet: 'Kartlegging av vurderingspraksis på hver skole', hvem: 'Fagseksjonene' },
      { uke: '44', aktivitet: 'Prioritering av innsatsområder', hvem: 'Styringsgruppa' },
    ],
    's1.samiskePerspektiver': 'Samiske elevers rettigheter og perspektiver er tema på samlingene, med bidrag fra den samiske videregående skolen.',
    's2.overordnetMal': 'Alle elever får tilbakemeldinger som hjelper dem videre.',
    's2.delmal': [
      {
        text: `Hver skole har en felles praksis for underveisvurdering innen juni ${year + 1}.`,
        points: [{ text: 'Fagseksjonene har utviklet og prøvd ut felles kriterier.' }, { text: 'Ressurslærere leder arbeidet på egen skole.' }],
      },
    ],
    's2.tiltak': [
      {
        periode: schoolYear(year),
        rader: [
          { nummer: 'Tiltak 1', hva: 'Samlinger om underveisvurdering', hvordan: 'Tre samlinger med UiT', malgruppe: 'Lærere og ledere', nar: schoolYear(year), ansvar: 'UiT' },
          { nummer: 'Tiltak 2', hva: 'Lærende nettverk mellom skolene', hvordan: 'Nettverkstreff annenhver måned', malgruppe: 'Ressurslærere', nar: schoolYear(year), ansvar: 'Fylkeskommunen' },
        ],
      },
    ],
    's2.ppt': 'Fylkeskommunens PP-tjeneste deltar i nettverkene.',
    's2.kollektiveProsesser': 'Arbeidet skjer i fagseksjonene på hver skole, med felles refleksjon mellom samlingene.',
    's2.malgrupper': 'Lærere og ledere i videregående skole',
    's2.uhErfaringer': 'Erfaringene brukes i lektorutdanningen.',
    's2.evaluering': 'Skolene rapporterer til styringsgruppa hvert halvår.',
    's3.dekomp': 'Fylkeskommunen deltok i Dekomp med lesing i alle fag, som ble avsluttet våren før.',
    's4.kontaktNavn': 'Tor Kvalvik',
    's4.kontaktArbeidssted': 'Rådgiver, Troms fylkeskommune',
    's4.kontaktEpost': 'tor.kvalvik@example.org',
    's4.kontaktTelefon': '41234569',
    's5.ansvarligEier.navn': 'Troms fylkeskommune',
    's5.ansvarligEier.kontaktperson': 'Tor Kvalvik, rådgiver',
    's5.ansvarligEier.forvaltning': 'Fylkeskommunen forvalter midlene for de videregående skolene.',
    's5.ansvarligEier.orgnr': '100000032',
    's5.ansvarligEier.kontonr': '10000000030',
    's5.ansvarligEier.betalingsreferanse': `Dekomp vgs ${year}`,
    's5.uh': [{ ...UIT, betalingsreferanse: `Dekomp Troms fylkeskommune ${year}` }],
    's5.pptKontorer': 'PP-tjenesten i fylkeskommunen deltar i nettverkene.',
    's5.samarbeid': 'UiT leder samlingene; fylkeskommunen organiserer nettverkene.',
    ...singlePart(
      { id: 'troms-fk', name: 'Troms fylkeskommune', otherOfficeId: null, budgetYear: year },
      {
        unitCounts: unitCounts({ fylkeskommunaleVgs: [['Tromsø', 3], ['Harstad', 1], ['Senja', 1]] }),
        ownerBudget: table(
          `Budsjett Troms fylkeskommune ${year}-${year + 1}`,
          [
            item('Samlinger for lærere og ledere', [[40, 'deltakere'], [3, 'samlinger']], 650, 78_000),
            lumpSum('Vikarutgifter', 120_000),
            lumpSum('Reiseutgifter for deltakere', 62_000),
            lumpSum('Frikjøp av ressurslærere i nettverkene', 40_000),
          ],
          300_000,
        ),
        uhBudget: table(
          `Budsjett UiT ${year}-${year + 1}`,
          [lumpSum('Samlinger og workshops', 150_000), lumpSum('Veiledning i fagseksjonene', 200_000), subtotal('Totalt for tiltak', 350_000), markup('Påslag leder/adm ressurs (20 %)', 20, 70_000)],
          420_000,
        ),
        grantUse: grantUse([
          grantYear({ year, ownerKr: 300_000, uhKr: 420_000, coFundingKr: 75_000, coFundingPurpose: 'Lærernes tid på samlingene og i nettverkene' }),
          grantYear({ year: year + 1, ownerKr: 250_000, uhKr: 350_000, coFundingKr: 80_000, coFundingPurpose: 'Lærernes tid på samlingene og i nettverkene' }),
        ]),
      },
    ),
  };
}

/** Six municipalities' primary and lower secondary schools, with UiT (and Samisk høgskole through UiT). */
export function dekompNordTromsValues(year: number): Record<string, unknown> {
  return {
    ...common(year),
    's1.tema': 'Lesing og skriving i alle fag, med vekt på flerspråklige elever.',
    's1.begrunnelse': 'Nasjonale prøver og kartleggingene på 5. og 8. trinn viser at mange elever strever med fagtekster, særlig elever med samisk eller kvensk som førstespråk.',
    's1.medvirkning': 'Lærerne drøftet resultatene på hver skole, og rektorene prioriterte sammen i rektormøtet.',
    's1.aktivitetsplan': [
      { uke: '39', aktivitet: 'Ståstedsanalyse på hver skole', hvem: 'Alle lærere' },
      { uke: '45', aktivitet: 'Prioritering i rektormøtet', hvem: 'Rektorene' },
    ],
    's1.samiskePerspektiver': 'Samisk høgskole bidrar gjennom avtale med UiT, og samiske og kvenske tekster brukes i arbeidet.',
    's2.overordnetMal': 'Alle elever i Nord-Troms leser og skriver fagtekster med forståelse.',
    's2.delmal': [
      {
        text: `Lærerne på hver skole har en felles praksis for leseopplæring i fagene innen juni ${year + 1}.`,
        points: [{ text: 'Hver skole har prøvd ut lesestrategier i minst tre fag.' }, { text: 'Skolene deler erfaringer i regionale nettverk.' }],
      },
    ],
    's2.tiltak': [
      {
        periode: schoolYear(year),
        rader: [
          { nummer: 'Tiltak 1', hva: 'Regionale samlinger om lesing i fagene', hvordan: 'To samlinger med UiT og Samisk høgskole', malgruppe: 'Lærere og skoleledere', nar: schoolYear(year), ansvar: 'UiT' },
          { nummer: 'Tiltak 2', hva: 'Skolebasert veiledning', hvordan: 'Veiledning i lærerteamene, inntil 30 timer per skole', malgruppe: 'Lærerteam', nar: schoolYear(year), ansvar: 'UiT og rektorene' },
        ],
      },
    ],
    's2.ppt': 'PPT deltar på samlingene og følger opp elever med særskilte behov.',
    's2.kollektiveProsesser': 'Arbeidet foregår i lærerteamene, med felles refleksjon mellom samlingene.',
    's2.malgrupper': 'Lærere og skoleledere i grunnskolen',
    's2.uhErfaringer': 'Erfaringene brukes i grunnskolelærerutdanningen.',
    's2.evaluering': 'Rektormøtet evaluerer etter hver samling og ved skoleårets slutt.',
    's3.dekomp': 'Kommunene deltok i Dekomp med regning i fagene (avsluttet våren før).',
    's4.kontaktNavn': 'Nils Elvebakk',
    's4.kontaktArbeidssted': 'Oppvekstleder, Nordreisa kommune',
    's4.kontaktEpost': 'nils.nordreisa@example.org',
    's4.kontaktTelefon': '41234568',
    's5.ansvarligEier.navn': 'Nordreisa kommune',
    's5.ansvarligEier.kontaktperson': 'Nils Elvebakk, oppvekstleder',
    's5.ansvarligEier.forvaltning': 'Nordreisa kommune forvalter midlene på vegne av kommunene i Nord-Troms.',
    's5.ansvarligEier.orgnr': '100000016',
    's5.ansvarligEier.kontonr': '10000000014',
    's5.ansvarligEier.betalingsreferanse': `Dekomp Nord-Troms ${year}`,
    's5.andreEiere': kommuner('Kåfjord kommune', 'Skjervøy kommune', 'Lyngen kommune', 'Kvænangen kommune', 'Storfjord kommune'),
    's5.andreEiereMerknad': null,
    's5.uh': [{ ...UIT, betalingsreferanse: `Dekomp Nord-Troms ${year}` }],
    's5.pptKontorer': 'Det interkommunale PP-kontoret deltar på samlingene.',
    's5.samarbeid': 'UiT leder samlingene og veiledningen; Samisk høgskole bidrar gjennom avtale med UiT. Kommunene organiserer og følger opp.',
    ...singlePart(
      { id: 'nord-troms', name: 'Nord-Troms', otherOfficeId: null, budgetYear: year },
      {
        unitCounts: unitCounts({ kommunaleGrunnskoler: [['Nordreisa', 3], ['Kåfjord', 2], ['Skjervøy', 1], ['Lyngen', 1], ['Kvænangen', 1], ['Storfjord', 1]] }),
        ownerBudget: table(
          `Budsjett eier ${year}-${year + 1}`,
          [
            item('Samlinger for lærere og skoleledere', [[80, 'deltakere'], [2, 'samlinger']], 650, 104_000),
            item('Vikarutgifter', [[60, 'dager']], 2_800, 168_000),
            lumpSum('Reiseutgifter for deltakere', 88_000),
            lumpSum('Frikjøp av ressurslærere i nettverkene', 60_000),
          ],
          420_000,
        ),
        uhBudget: table(
          `Budsjett UiT ${year}-${year + 1}`,
          [lumpSum('Samlinger og workshops', 180_000), lumpSum('Skolebasert veiledning', 210_000), lumpSum('Samiske og kvenske perspektiver (Samisk høgskole)', 60_000), markup('Påslag leder/adm ressurs (20 %)', 20, 90_000)],
          540_000,
        ),
        grantUse: grantUse([
          grantYear({ year, ownerKr: 420_000, uhKr: 540_000, coFundingKr: 140_000, coFundingPurpose: 'Lærernes tid i teamene og på samlingene' }),
          grantYear({ year: year + 1, ownerKr: 400_000, uhKr: 500_000, coFundingKr: 130_000, coFundingPurpose: 'Lærernes tid i teamene og på samlingene' }),
        ]),
      },
    ),
  };
}

/** Harstad and four neighbours' schools, with UiT. */
export function dekompSorTromsValues(year: number): Record<string, unknown> {
  return {
    ...common(year),
    's1.tema': 'Et trygt og inkluderende læringsmiljø på mellomtrinnet og ungdomstrinnet.',
    's1.begrunnelse': 'Elevundersøkelsen viser at for mange elever opplever mobbing og uro i timene, og lærerne ber om felles verktøy.',
    's1.medvirkning': 'Hver skole drøftet elevundersøkelsen i personalet og med elevrådet, og meldte sine prioriteringer til oppvekstlederne.',
    's1.aktivitetsplan': [
      { uke: '37', aktivitet: 'Gjennomgang av elevundersøkelsen på hver skole', hvem: 'Personalet og elevrådet' },
      { uke: '43', aktivitet: 'Felles prioritering', hvem: 'Oppvekstlederne' },
    ],
    's1.samiskePerspektiver': 'Samiske elevers perspektiver tas inn i arbeidet, i samarbeid med de samiske språksentrene i regionen.',
    's2.overordnetMal': 'Alle elever opplever et trygt og godt skolemiljø.',
    's2.delmal': [
      {
        text: `Hver skole har en felles plan for klasseledelse og relasjonsarbeid innen juni ${year + 1}.`,
        points: [{ text: 'Lærerne har prøvd ut felles verktøy for klasseledelse.' }, { text: 'Skolene følger elevundersøkelsen opp hvert halvår.' }],
      },
    ],
    's2.tiltak': [
      {
        periode: schoolYear(year),
        rader: [
          { nummer: 'Tiltak 1', hva: 'Samlinger om klasseledelse og relasjoner', hvordan: 'To samlinger med UiT', malgruppe: 'Lærere og skoleledere', nar: schoolYear(year), ansvar: 'UiT' },
          { nummer: 'Tiltak 2', hva: 'Skolebasert veiledning', hvordan: 'Veiledning i lærerteamene', malgruppe: 'Lærerteam', nar: schoolYear(year), ansvar: 'UiT og rektorene' },
          { nummer: 'Tiltak 3', hva: 'Nettverk for ressurslærere', hvordan: 'Nettverkstreff hver sjette uke', malgruppe: 'Ressurslærere', nar: schoolYear(year), ansvar: 'Harstad kommune' },
        ],
      },
    ],
    's2.ppt': 'PPT deltar i nettverket og veileder skolene på systemnivå.',
    's2.kollektiveProsesser': 'Arbeidet foregår i personalgruppene, med felles refleksjon mellom samlingene.',
    's2.malgrupper': 'Lærere og skoleledere på 5.–10. trinn',
    's2.uhErfaringer': 'Erfaringene brukes i grunnskolelærerutdanningen.',
    's2.evaluering': 'Oppvekstlederne evaluerer arbeidet med elevundersøkelsen hvert halvår.',
    's3.dekomp': 'Harstad og Kvæfjord deltok i Dekomp med vurdering for læring; erfaringene tas med inn i dette arbeidet.',
    's4.kontaktNavn': 'Hanne Vik',
    's4.kontaktArbeidssted': 'Oppvekstleder, Harstad kommune',
    's4.kontaktEpost': 'hanne.harstad@example.org',
    's4.kontaktTelefon': '41234570',
    's5.ansvarligEier.navn': 'Harstad kommune',
    's5.ansvarligEier.kontaktperson': 'Hanne Vik, oppvekstleder',
    's5.ansvarligEier.forvaltning': 'Harstad kommune forvalter midlene på vegne av kommunene i partnerskapet.',
    's5.ansvarligEier.orgnr': '972417971',
    's5.ansvarligEier.kontonr': '81091069555',
    's5.ansvarligEier.betalingsreferanse': `Dekomp Sør-Troms ${year}`,
    's5.andreEiere': kommuner('Kvæfjord kommune', 'Ibestad kommune', 'Tjeldsund kommune', 'Gratangen kommune'),
    's5.andreEiereMerknad': null,
    's5.uh': [{ ...UIT, betalingsreferanse: `Dekomp Sør-Troms ${year}` }],
    's5.pptKontorer': 'PPT Harstad, som også dekker Kvæfjord, Ibestad, Tjeldsund og Gratangen.',
    's5.samarbeid': 'UiT leder samlingene og veiledningen; Harstad kommune organiserer nettverket.',
    ...singlePart(
      { id: 'sor-troms', name: 'Sør-Troms', otherOfficeId: null, budgetYear: year },
      {
        unitCounts: unitCounts({ kommunaleGrunnskoler: [['Harstad', 10], ['Kvæfjord', 2], ['Ibestad', 2], ['Tjeldsund', 3], ['Gratangen', 1]] }),
        ownerBudget: table(
          `Budsjett eier ${year}-${year + 1}`,
          [
            item('Samlinger for lærere og skoleledere', [[120, 'deltakere'], [2, 'samlinger']], 650, 156_000),
            item('Vikarutgifter', [[75, 'dager']], 2_800, 210_000),
            lumpSum('Reiseutgifter for deltakere fra distriktskommunene', 54_000),
            lumpSum('Frikjøp av ressurslærere i nettverket', 60_000),
          ],
          480_000,
        ),
        uhBudget: table(
          `Budsjett UiT ${year}-${year + 1}`,
          [lumpSum('Samlinger og workshops', 220_000), lumpSum('Skolebasert veiledning', 280_000), markup('Påslag leder/adm ressurs (20 %)', 20, 100_000)],
          600_000,
        ),
        grantUse: grantUse([
          grantYear({ year, ownerKr: 480_000, uhKr: 600_000, coFundingKr: 150_000, coFundingPurpose: 'Lærernes tid i teamene og på samlingene' }),
          grantYear({ year: year + 1, ownerKr: 450_000, uhKr: 560_000, coFundingKr: 140_000, coFundingPurpose: 'Lærernes tid i teamene og på samlingene' }),
        ]),
      },
    ),
  };
}

export const DEKOMP_APPLICATIONS: readonly TDekompApplication[] = [
  { key: 'dekomp-troms-fk', partnershipName: 'Dekomp Troms fylkeskommune', values: dekompTromsFkValues },
  { key: 'dekomp-nord-troms', partnershipName: 'Dekomp Nord-Troms', values: dekompNordTromsValues },
  { key: 'dekomp-sor-troms', partnershipName: 'Dekomp Sør-Troms', values: dekompSorTromsValues },
];
