// Sections 1–3 of the real behovsmelding 2024 "Kompetanseløftet Sør-Troms og Evenes"
// (/work/shared/reference/behovsmelding-2024-sor-troms-evenes.txt) as form field values, except the tiltak table
// (sor-troms-evenes-2024-tiltak.ts). The applicant's wording is kept, typos included ("synligjort"); only lines broken
// by the PDF are joined ("kompetanseutviklings-arbeidet" → "kompetanseutviklingsarbeidet") and page numbers dropped.
// The form's own lead texts ("Tiltakene er forankret i enhetenes … behov", "Beskriv evalueringsprosessen.") are not
// the applicant's answers and are left out. Bullets are written "• ", paragraphs are separated by a blank line.
import type { TActivityRow, TAreaKey, TSubGoal } from '../../domain/behovsmelding/application-fields.ts';

const paragraphs = (...texts: string[]) => texts.join('\n\n');
const bullets = (...items: string[]) => items.map((item) => `• ${item}`).join('\n');

/** The "Innledning" before section 1. The form has no field for it; kept here so nothing of the document is lost. */
export const INNLEDNING =
  'Kommunene i region Sør-Troms og Evenes fikk i 2023 midler gjennom denne tilskuddsordningen til oppstart av en 3-årig felles satsning i partnerskap med UiT. I 2023 er kartlegging og forankring gjennomført, og vi har ut fra dette konkretisert en målsetning om å forebygge og møte sosioemosjonelle utfordringer gjennom en inkluderende og traume-informert praksis, som handler om trygghet, tilhørighet og mestring. Denne behovsmeldingen konkretiserer tiltak som planlegges for å imøtekomme de kompetansebehovene som har kommet frem i denne prosessen.';

const TEMA = paragraphs(
  'Tema for år 2 og 3 i satsningen er å forebygge og møte sosioemosjonelle vansker gjennom en inkluderende og traume-informert praksis. Ved å bygge videre på de ansattes kompetanse gjennom å øke deres kunnskap og videreutvikle den kollektive pedagogiske praksisen, vil en kunne styrke den enkelte profesjonelle ansatte, kollegiet og resten av laget rundt barnet/eleven. Inkluderende praksis og samiske perspektiver vil være et bakteppe for all kompetanseutvikling, som skal synliggjøres i gjennomføringen av hvert tiltak.',
  'Den lokale målsettingen omhandler alle de prioriterte målsettingene i Langsiktig plan for Kompetanseløftet for spesialpedagogikk for Troms og Finnmark 2022-2023, men er særlig knyttet til disse:',
  '• Alle barn og elever opplever å få et godt tilpasset og inkluderende tilbud i barnehage og skole, og alle barn og unge skal få mulighet til utvikling, mestring, læring og trivsel - uavhengig av sine forutsetninger.\n' +
    'På grunn av personalets økte forståelse og kunnskapsutvikling kan en bedre forebygge sosioemosjonelle vansker. Barn med ulike forutsetninger og/eller som har det vanskelig skal oppleve å bli møtt av ansatte som er trygge i situasjoner og handler hensiktsmessig.',
  '• Barnehager, skoler, PP-tjenesten og andre i laget rundt barnet og eleven må jobbe sammen for å skape et inkluderende fellesskap.\n' +
    'Samarbeid om kompetanseutvikling på tvers av kommuner og tjenester gjør at en videreutvikler en felles forståelse og at en snakker samme språk i arbeidet rundt barna/elevene. Det gir også innsikt i de ulike tjenestenes særegne kompetanse og bidrag inn for å nå felles målsetting, og kan forbedre samarbeidet.',
);

const BEGRUNNELSE =
  'Regionen gjennomførte KOSIP (kartlegging) august 2023 i både barnehage, skole/SFO, PPT, barnevern og helse. Kunnskapsgrunnlaget er KOSIP og den kollektive prosessen i etterkant, hvor alle enhetene i regionen har kartlagt behov og ønsker for innsatsområde. Dette viser at regionen trenger kompetanseheving innenfor adferd som utfordrer, psykisk helse, samiske perspektiver og enkelte diagnoser og vansker. Ønsket innsatsområde er å øke den praktiske kompetansen blant ansatte i barnehage, skole og støttetjenester innenfor disse områdene.';

// The document ends 1.3 with word clouds (images) "visualisert her"; the text refers to them as written.
const MEDVIRKNING = paragraphs(
  'Den 19.09 presenterte UiT resultatene etter KOSIP for styrere, rektorer, ledere PPT, bv og helse. Sammenhenger mellom tidligere utviklingsarbeid (dekomp og Rekomp) ble synligjort av eier. Lederne hadde deretter tidsrommet fram til 16.11 til å presentere resultat og gjennomføre prosess på egen enhet som sikret medvirkning og forankring i forhold til innsatsområder.',
  'Den enkelte enhet tok deretter utgangspunkt i egne resultater fra KOSIP undersøkelse og så dette i sammenheng med annet datamateriale de hadde om egen organisasjon. Hver enhet gjennomførte felles analyse hvor ledere og ansatte deltok, slik at alle ansatte var sikret medvirkning og kompetansehevingen ble godt forankret. Hver enhet valgte to innsatsområder og utformet tre-fire utfordringer innenfor innsatsområdet.',
  'Datamaterialet fra alle enhetene ble samlet og eierne presenterte utfordringsbildet for sin kommune i styringsgruppa 24.11, hvor man så felles innsatsområde, visualisert her med ordskyer over ønskede innsatsområder for skole og barnehage i regionen.',
);

/** 1.3's table "Uke / Aktiviteter høsten 23 / Hvem". */
const AKTIVITETSPLAN: TActivityRow[] = [
  { uke: '33', aktivitet: 'Motivering og involvering av ansatte ved gjennomføring av KOSIP', hvem: 'Ansatte i barnehage, skole/SFO, PPT, barnevern og helse' },
  {
    uke: '38 (19.09)',
    aktivitet: 'Presentasjon av resultater til ledergruppene. Utveksling av ideer til medvirkningsprosess på egen enhet.',
    hvem: 'Ledergruppene',
  },
  {
    uke: '39-46',
    aktivitet: 'Resultatene fra KOSIP sees i sammenheng med annen informasjon enheten sitter på. Felles analyse og prioritering.',
    hvem: 'Prosess på den enkelte enhet med hele personalgruppa',
  },
  { uke: '46', aktivitet: 'Hver enhet prioriterer 2 innsatsområdet med tilhørende utfordringer', hvem: 'Hele personalgruppa' },
  { uke: '47', aktivitet: 'Regionen prioriterer et felles satsingsområde', hvem: 'Prosess i styringsgruppa' },
];

const SAMISKE_PERSPEKTIVER =
  'I forhold til valgte tematikk ønsker vi å fremme kunnskapsutvikling og holdningsendring som bidrar til stolthet, mangfold og en normkritisk debatt, slik at samiske eller andre barn og unge ikke opplever diskriminering, rasisme og trakassering. Videre ønsker vi å skape trygg kulturell identitet ved å ha søkelys på hvordan det samiske og kvenske perspektivet, språk, tradisjoner og rettigheter kan bli levende i regionen og innlemmes i alle fag og temaer det jobbes med i barnehage og skole.';

/** 1.5: all four boxes are ticked. */
const OMRADER: TAreaKey[] = ['spesialpedagogikk', 'inkludering', 'tverrfaglig', 'ledelse'];

const OVERORDNET_MAL =
  'Alle barn og unge i regionen opplever at de faglig og sosialt er inkludert i sin barnehage- og skolehverdag. Dette forutsetter inkluderende praksis, kunnskap og kompetanse i det profesjonelle laget rundt barn og unge.';

const LANGSIKTIGE_MAL = paragraphs(
  'Gjeldende praksis/system man ønsker skal være etablert i region Sør-Troms etter endt utviklingsarbeid:',
  bullets(
    'Den profesjonelle ansatte mestrer å planlegge og sette inn tiltak, for å sikre at barn og unge opplever seg trygge, og er faglig og sosialt inkludert i sin barnehage- og skolehverdag.',
    'Hver enhet har en felles pedagogisk/profesjonell praksis for å sikre sosial og faglig inkludering av alle barn og unge.',
    'Den ansatte styrker barnets/elevens medvirkning gjennom at barnet/eleven føler seg sett og hørt i hverdagen i barnehage og skole.',
    'Alle ansatte i barnehage, skole/SFO og PPT/helse/barnevern støttes i utviklingen av reguleringsstøttende ferdigheter, slik at barn som trenger det, får den hjelpen de trenger til å regulere følelser og atferd, så de kan fungere godt sosialt og i læringsfellesskapet.',
    'Samarbeidet og relasjonene mellom de ulike instansene i regionen er velfungerende og systematisk, slik at den samlede kompetansen blir brukt inn mot behov i skoler- og barnehager. Laget rundt barnet/eleven er robust.',
    'PPT er tett på og veileder på system- og individnivå i barnehager og skoler/sfo.',
    'Alle ansatte i barnehage, skole og støttesystemet har samme tilgang til relevant kunnskap fra ulike fagområder, gjennom felles digitale verktøy.',
    'Alle ansatte i barnehage, skole/SFO, PPT, barnevern og helse har kunnskap om samisk historie, kultur og barneoppdragelse, og bruker den aktivt i sitt møte med barn/elever og foresatte, og i det pedagogiske arbeidet.',
  ),
);

/** "Delmål (mål som bidrar til at man når de langsiktige målene)": 1) with one point, 2) with three. */
const DELMAL: TSubGoal[] = [
  {
    text: 'Alle ansatte i skole, barnehage, SFO og PPT jobber for å få en felles forståelse av inkluderende praksis, gjennom at det settes av tid til å jobbe med Utdanningsdirektoratets kompetansepakke om inkluderende praksis i perioden fram til juni 2025.',
    points: [{ text: 'Den felles forståelsen av inkluderende praksis blir synligjort gjennom praksis i skole og barnehage.' }],
  },
  {
    text: 'Gjennomføre felles kompetanseutvikling og erfaringsdeling i regionen gjennom å:',
    points: [
      {
        text: 'Gjennomføre fysiske dialogkonferanser med deltakere fra barnehager, SFO, skoler, PPT, helse og barnevern. Tematikk og mellomarbeid som legger til rette for erfaringsdeling og kompetanseutvikling i det lærende profesjonsfellesskapet på enhetene.',
      },
      { text: 'Etablere spesialpedagogisk nettverk for pp rådgivere og skoler/barnehager i regionen.' },
      { text: 'Prøve ut Fagfokus som metode for felles tverrfaglig kompetanseutvikling i regionen.' },
    ],
  },
];

const PPT = bullets(
  'Alle ansatte i PPT får kompetanseutvikling og veiledning gjennom et år i samarbeid med UiT/andre eksterne ressurser.',
  'PPT gjennomfører kompetansepakken om inkluderende praksis i eget personale, slik at de har samme tilnærming og forståelse av begrepet inkluderende praksis',
  'PPT bidrar inn i fagfokus med egne tema innenfor deres fagområde på systemnivå, eksempelvis utforming av pedagogisk rapport, IOP og lignende.',
  'PPT bidrar inn i fagfokus med egne fagspesifikke tema, eksempelvis grunnleggende reguleringsstøtte, lese- og skrivevansker og lignende',
  'PPT deltar selv i fagfokus når det er tema som de selv ønsker kompetanseheving på.',
  'PPT deltar på dialogkonferansene både gjennom å være deltakere, men kan også ha innlegg dersom det blir aktuelt.',
);

const KOLLEKTIVE_PROSESSER = bullets(
  'Alle enhetene i de seks kommunene har i høst startet en kollektiv prosess knyttet til utfordringer de opplever i hverdagen (hvordan det kommer til uttrykk i praksis) og hvordan de ser for seg enheten etter et kompetanseløft (ønsker/fremtidsbilde).',
  'Gjennom kompetansepakken, fagfokus, nettverk og dialogkonferanser skaper vi rom for felles refleksjon, erfaringsdeling i lærende profesjonsfellesskap, og bidrar til å heve den kollektive kompetansen blant ansatte. Dette kan igjen videreutvikle den felles pedagogiske praksisen i skolen og barnehagen.',
  'De ulike enheter får mulighet til å iverksette egne aksjoner i selvvalgt tidsrom. Dette sikrer lokal forankring i kompetanseutvikling.',
  'Gjennom å sette fokus på samiske perspektiver utvikler ansatte en felles pedagogisk praksis og forståelse ved å se sammenheng i fortid, nåtid og framtid.',
);

const UH_ERFARINGER = bullets(
  'Fagpersoner kommer tettere på praksisfeltet og forstår bedre hva som er god praksis og hvilke utfordringer praksisfeltet opplever.',
  'Bruke erfaringer fra partnerskapsarbeid aktivt inn i undervisning og i utvikling av emneplaner/videreutdanningstilbud',
  'Samarbeide med kommunene om praksisplasser relatert til arbeidet i Kompetanseløftet',
);

const EVALUERING = bullets(
  'Styringsgruppa får halvårlig rapportering fra eierne på status for gjennomføring av tiltak i egen kommune.',
  'Det gjennomføres innhenting av tilbakemeldinger på måloppnåelse underveis i forbindelse med de tre dialogkonferansene som skal gjennomføres.',
  'En større evaluering/kartlegging etter tiltakets gjennomføring vurderes gjennomført.',
  'Alle enheter gis mulighet til å kartlegge traumekompetanse januar 2024 og juni 2025 ved bruk av TANDEM (Tndm.no). TANDEM brukes dialogisk for å tilpasse kompetanseheving og veiledning til gruppers eller tjenesters behov, evaluerer igangsatte tiltak og bidra til kunnskap om hvordan kompetanseutviklingsarbeidet på feltet best kan innrettes.',
  'Barnets/elevens stemme kommer frem gjennom barnesamtaler/utviklingssamtaler, foresattes stemme, elevundersøkelse og annen data i barnehage og skole.',
);

/** Sections 1–3 without 2.2, keyed by field. A fresh object each call (the arrays are not shared). */
export function sections1To3Values(): Record<string, unknown> {
  return structuredClone({
    's1.tema': TEMA,
    's1.begrunnelse': BEGRUNNELSE,
    's1.kartleggingLenke': null, // the document gives no link
    's1.medvirkning': MEDVIRKNING,
    's1.aktivitetsplan': AKTIVITETSPLAN,
    's1.samiskePerspektiver': SAMISKE_PERSPEKTIVER,
    's1.omrader': OMRADER,
    's2.overordnetMal': OVERORDNET_MAL,
    's2.langsiktigeMal': LANGSIKTIGE_MAL,
    's2.delmal': DELMAL,
    's2.ppt': PPT,
    's2.kollektiveProsesser': KOLLEKTIVE_PROSESSER,
    's2.malgrupper': 'Se punkt 2.2',
    's2.start': 'August 24',
    's2.slutt': 'Juni 25',
    's2.uhErfaringer': UH_ERFARINGER,
    's2.evaluering': EVALUERING,
    's3.rekomp': 'Region Sør-Troms avslutter et 1-årig samarbeid med UIT våren 2024.',
    's3.dekomp': null,
    's3.laeringsmiljo': 'Medkila skole og Medkila barnehage i samarbeid med UIS og Læringsmiljøsenteret. (avsluttes våren 2024)',
    's3.oppfolging': null,
  });
}
