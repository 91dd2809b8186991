// The questions of the 2022/23 Kompetanseløftet reporting form as the internal report prints them (spec:
// reference/rapporteringsskjema-kompetanseloftet-2022-2023.md), character for character — double and trailing spaces
// included, since the printout keeps them. The importer reads a printout's questions by this text, so it needs the
// texts, the kind of answer (which decides how a row is read) and the option texts (to tell a wrapped option from
// what follows it). When the questionnaires become data on the engine (issue 16, point 1), this list is what the
// seed gives it, and the importer is handed the historical round's questions instead.

/** How a row of the question's table is read: free text; an integer (counts, amounts in kr); options with "Annet"
 * and a comment; municipalities grouped by county. */
export const REPORT_QUESTION_KINDS = ['text', 'integer', 'choice', 'municipalities'] as const;
export type TReportQuestionKind = (typeof REPORT_QUESTION_KINDS)[number];

export type TReportQuestion = {
  id: string;
  text: string;
  kind: TReportQuestionKind;
  /** Option number → text; null where no printout has shown the text ("(ukjent tekst)" in the spec). */
  options?: Record<number, string | null>;
};

const SHARE_OPTIONS = { 1: '0 - 25%', 2: '25 - 50%', 3: '50 - 75%', 4: '75-100%' };

export const QUESTIONS_2022_2023: readonly TReportQuestion[] = [
  { id: '2.1', kind: 'text', text: 'Oppgi navn til kontaktperson for denne rapporteringen' },
  { id: '2.2', kind: 'text', text: 'Kontaktpersonens arbeidssted' },
  { id: '2.3', kind: 'text', text: 'Kontaktpersonens telefonnummer' },
  { id: '2.4', kind: 'text', text: 'Kontaktpersonens e-post adresse' },
  { id: '2.5', kind: 'text', text: 'Oppgi referansenummer / saksnummer på tilsagnsbrev fra statsforvalteren (jf vedlagte Excelark).' },
  {
    id: '2.6', kind: 'choice', options: { 1: 'Ja', 2: null },
    text: 'Jeg bekrefter at rapporteringen er gjennomført i samråd med eiere og UH-institusjoner som inngår i partnerskapet',
  },
  { id: '3.1', kind: 'text', text: 'Navn på deltakende universitet/høgskole.' },
  { id: '3.2', kind: 'municipalities', text: 'Navn på deltakende kommuner/fylkeskommuner i partnerskapet:' },
  { id: '3.3', kind: 'text', text: 'Navn på private barnehageeiere som har mottatt tilskudd gjennom partnerskapet. ' },
  { id: '3.4', kind: 'text', text: 'Navn på private skoleeiere som har mottatt tilskudd gjennom partnerskapet:' },
  { id: '3.5', kind: 'integer', text: 'Hvor mange kommunale barnehager har deltatt i partnerskapet i barnehage- og skoleåret 2022-2023?' },
  { id: '3.6', kind: 'integer', text: 'Hvor mange private barnehager har deltatt i partnerskapet i barnehage- og skoleåret 2022-2023?' },
  { id: '3.7', kind: 'integer', text: 'Hvor mange kommunale grunnskoler har deltatt i partnerskapet i barnehage- og skoleåret 2022-2023?' },
  { id: '3.8', kind: 'integer', text: 'Hvor mange private grunnskoler har deltatt i partnerskapet barnehage- og skoleåret 2022-2023?' },
  { id: '3.9', kind: 'integer', text: 'Hvor mange offentlige videregående skoler har deltatt i partnerskapet i  skoleåret 2022-2023?' },
  { id: '3.10', kind: 'integer', text: 'Hvor mange private videregående skoler har deltatt i partnerskapet skoleåret 2022-2023?' },
  {
    id: '3.11', kind: 'choice',
    text: 'Hvilke andre kommunale og/eller fylkeskommunale tjenester har deltatt i partnerskapet i barnehage- og skoleåret 2022-2023?',
    options: {
      1: 'PP-tjenesten', 2: 'SFO', 3: 'Barnevern', 4: 'Helsestasjoner', 5: 'Skolehelsetjenesten',
      6: 'Oppfølgingstjenesten i fylkeskommunen',
    },
  },
  { id: '4.1', kind: 'integer', text: 'Totalt tilskudd som eier(ne) har mottatt i 2022 (oppgi kronebeløp):' },
  { id: '4.2', kind: 'integer', text: 'Totalt tilskudd som universitet og/eller høgskole(r) har mottatt i 2022 (oppgi kronebeløp):' },
  {
    id: '4.3', kind: 'choice', options: SHARE_OPTIONS,
    text: 'Omtrent hvor mye av den samlede tildelingen til partnerskapet er brukt på å vurdere kompetansebehov?',
  },
  {
    id: '4.4', kind: 'choice', options: SHARE_OPTIONS,
    text: 'Omtrent hvor mye av den samlede tildelingen til partnerskapet er brukt til å planlegge og utvikle kompetansetiltak?',
  },
  {
    id: '4.5', kind: 'choice', options: SHARE_OPTIONS,
    text: 'Omtrent hvor mye av den samlede tildelingen til partnerskapet er brukt til å gjennomføre kompetansetiltak?',
  },
  {
    id: '4.6', kind: 'choice',
    text: 'Dersom samarbeidsforum har godkjent midler til en koordinatorfunksjon for tiltak i dette partnerskapet, hva er begrunnelsen for dette? ',
    options: {
      1: 'Partnerskapet omfatter flere kommuner i nettverk',
      2: 'Partnerskapet omfatter flere barnehager og skoler på ulike nivå',
      3: 'Partnerskapet omfatter både offentlige og private eiere',
      4: 'Partnerskapet er omfattende og tverrsektorielt',
      5: 'Tiltak i partnerskapet får midler fra flere tilskuddsordninger (eks: Oppfølgingsordningen, regional eller desentralisert ordning, barnehage- og skolemiljø, barnevernsreformen  eller annet)',
      6: 'Har ikke koordinatorfunksjon',
    },
  },
  {
    id: '5.1', kind: 'choice', text: 'Hvilke tema er valgt for tiltakene i partnerskapet?',
    options: {
      1: 'Lærevansker (som f.eks matematikk-, lese- og skrivevansker)',
      2: 'Nevroutviklingsforstyrrelser (som feks ADHD, Tourettes syndrom og autisme) ',
      3: 'Inkludering ',
      4: 'Psykisk helse',
      5: 'Tilrettelegging for barn og elever spesialpedagogiske behov',
      6: 'Bekymringsfullt skolefravær',
      7: 'Ledelse og organisering',
      8: 'Systemrettet samarbeid med PP-tjenesten',
      9: 'Andre kompetansebehov i PP-tjenesten (konkretiser i kommentarfeltet)',
      10: 'Tverrfaglig og/eller tverrsektorielt samarbeid i laget rundt barna og elevene ',
    },
  },
  {
    id: '5.2', kind: 'choice', text: 'Er samiske perspektiver ivaretatt i kompetansetiltakene?',
    options: {
      1: 'Ja -  knyttet til samisk kultur og tradisjon',
      2: 'Ja - knyttet til samiske språk',
      3: null,
      4: null,
      5: 'Ikke vurdert som aktuelt for temaene i dette partnerskapet',
    },
  },
  {
    id: '5.3', kind: 'choice', text: 'Hvordan har ansatte, ledere, eiere og UH medvirket i vurdering av kompetansebehovene?',
    options: {
      1: 'Ansatte i barnehage, skole, SFO og/eller PP-tjenesten har meldt behov til sin ledelse',
      2: 'Det har vært gjort en systematisk kartlegging blant målgruppene',
      3: 'Innspill fra barn, elever og/eller foresatte er tatt med i behovsvurderingen',
      4: 'Tillitsvalgte og ledere har drøftet kompetansebehov i medbestemmelsesmøter',
      5: 'Kompetansebehov er drøftet i barnehagens og skolens organer',
      6: 'Barnehage- og/eller skoleeier har vurdert behov i samråd med styrere og rektorer',
      7: 'Ansatte og ledere i PP-tjenesten har deltatt i vurderingen av kompetansebehov',
      8: 'UH har bidratt aktivt i vurdering av kompetansebehov',
    },
  },
  {
    id: '6.1', kind: 'choice',
    text: 'Beskriv kort partnerskapets vurdering av måloppnåelse, herunder hvordan tiltak(ene) bidrar til kollektiv utvikling i barnehager, skoler, SFO, PP-tjenesten og andre kommunale/fylkeskommunale tjenester',
    options: {
      1: 'Tiltakene har bidratt til ønsket praksisendring',
      2: 'Tiltakene har bidratt til økt felles forståelse for spesialpedagogikk og inkludering',
      3: 'Tiltakene har bidratt til økt samarbeid mellom barnehage, skole, SFO og PPT',
      4: 'Tiltakene har bidratt til økt samarbeid på tvers av tjenestene',
      5: 'Tiltakene er gjennomført som planlagt',
      6: 'Tiltakene er forsinket',
      7: 'Målene for partnerskapet er ikke nådd i denne perioden ',
    },
  },
  {
    id: '6.2', kind: 'text',
    text: 'Hvordan har universitet/høgskole brukt erfaringene gjennom partnerskapet som bidrag til å videreutvikle sine utdanningstilbud?',
  },
  {
    id: '6.3', kind: 'choice', text: 'I hvilken grad har Statpeds kompetanse vært brukt i partnerskapet?',
    options: {
      1: null,
      2: null,
      3: 'Statped har bidratt aktivt i gjennomføring av tiltak i partnerskapet ',
      4: 'Statped har ikke vært involvert',
    },
  },
  {
    id: '7.1', kind: 'text',
    text: 'Beskriv eventuelle sammenhenger mellom dette kompetansetiltaket og andre kompetansetiltak for barnehage, skole, PP-tjenesten eller andre ',
  },
  {
    id: '7.2', kind: 'text',
    text: 'Dersom dere har eksempler på tiltak som dere har gode erfaringer med, kan dere her beskrive suksesskriterier og gode grep i tiltaket',
  },
  {
    id: '7.3', kind: 'text',
    text: 'Legg til eventuelle kommentarer eller relevant tilleggsinformasjon. Last opp eventuelle vedlegg dersom statsforvalteren har bedt om dette.',
  },
];
