// 2.2 of the real behovsmelding 2024 "Kompetanseløftet Sør-Troms og Evenes": the tiltak table for "HØST 24-VÅR 25",
// every row as written. Tiltak 3 and 5 have two rows each in the document ("1." and "2." in the Hva column); here
// they are numbered 3.1/3.2 and 5.1/5.2 and the "1."/"2." is dropped from Hva. Only words broken across lines by the
// PDF are joined ("Kompetanse-pakke" → "Kompetansepakke", "skol-e" → "skole", "kompetans-eutvikling"); the lines
// of a cell are kept as lines. Tiltak 7's Målgruppe is empty in the document.
import type { TTiltakPeriod, TTiltakRow } from '../../domain/behovsmelding/application-fields.ts';

const ORGANISERING = 'Organisering: barnehagefaglig rådgiver og skolefaglig rådgiver';
const NETTVERK_HVORDAN = 'Fysiske møter med deltakere fra regionen\n-erfaringsdeling\n-kompetanseutvikling\n-felles praksis';
const NETTVERK_ANSVAR = 'UiT\nLeder PPT\nbarnehagefaglig rådgiver\nskolefaglig rådgiver';
const ALLE_ANSATTE = 'Alle ansatte i barnehage, skole, sfo, ppt, barnevern og helse';

const RADER: TTiltakRow[] = [
  {
    nummer: 'Tiltak 1',
    hva: 'Kompetansepakke om inkluderende praksis',
    hvordan: 'Digital pakke som kjøres på den enkelte enhet med påfølgende prosess i personalet',
    malgruppe: 'Alle ansatte i barnehage, skole, SFO og PPT',
    nar: 'Høst 24-Vår 25',
    ansvar: 'Styrere, rektorer, leder PPT',
  },
  {
    nummer: 'Tiltak 2',
    hva: 'Kompetanseutvikling samiske perspektiver',
    hvordan:
      '1. Workshop/foredrag ved UiT\n2. Løfte opp god praksis fra regionen i workshop/ webinar med påfølgende prosess i barnehager/SFO/ skole',
    malgruppe: 'Barnehager, skoler, sfo, PPT, barnevern',
    nar: '24-25',
    ansvar: 'UiT /andre eksterne og regionale ressurser',
  },
  {
    nummer: 'Tiltak 3.1',
    hva: 'Fagfokus hver tredje uke gjennom barnehage- og skoleåret',
    hvordan: 'Korte digitale økter med (20-30 min) ulike tema hver tredje uke. Refleksjonsspørsmål til bruk i personalet i etterkant.',
    malgruppe: ALLE_ANSATTE,
    nar: '24-25, med målsetting om videreføring dersom evaluering er positiv',
    ansvar: `Innlegg fra UiT. ppt, barnevern, helse og fagpersoner i barnehage og skoler/sfo etter tematikk\nRVTS\n${ORGANISERING}`,
  },
  {
    nummer: 'Tiltak 3.2',
    hva: 'fordypningsdag august 24',
    hvordan: '½ dag fordypning i valgt tema (digital)',
    malgruppe: ALLE_ANSATTE,
    nar: 'Planleggingsdag høst 24',
    ansvar: `UiT\n${ORGANISERING}`,
  },
  {
    nummer: 'Tiltak 4',
    hva: 'Dialogkonferanser',
    hvordan: 'Nettverk a tre dialogkonferanser, inkludert to mellomarbeid',
    malgruppe: 'Ledere og utviklingsgrupper i skolene, representanter fra sfo, barnehager, PPT og avdelingsledere fra barnevern og helse.',
    nar: '3 x 2 dager med samme tema (regionen deles i to) i september 24, februar 25 og april 25',
    ansvar: 'UiT har faglig ansvar\nBarnehagefaglig og skolefaglig rådgiver',
  },
  {
    nummer: 'Tiltak 5.1',
    hva: 'Nettverk skole: koordinatorer og PP rådgivere skole',
    hvordan: NETTVERK_HVORDAN,
    malgruppe: 'Koordinatorer skole og PP rådgivere skole',
    nar: '2 på høsten og 2 på våren',
    ansvar: NETTVERK_ANSVAR,
  },
  {
    nummer: 'Tiltak 5.2',
    hva: 'Nettverk barnehage: ansvarlige som organiserer spes.ped hjelp og PP rådgivere barnehage',
    hvordan: NETTVERK_HVORDAN,
    malgruppe: 'Ledere som organiserer spes.ped hjelp i barnehager og PP rådgivere i barnehage',
    nar: '2 på høsten og 2 på våren',
    ansvar: NETTVERK_ANSVAR,
  },
  {
    nummer: 'Tiltak 6',
    hva: 'Veiledning/kompetanseutvikling PPT',
    hvordan: '4 hele dager (2 fysisk og 2 digitale) og 6 digitale kollegaveiledning.',
    malgruppe: 'Alle ansatte i PPT og evt. spes.ped hjelp/rådgiver barnehage skole.',
    nar: '24-25',
    ansvar: 'UiT /andre eksterne ressurser',
  },
  {
    nummer: 'Tiltak 7',
    hva: 'Veiledning av enkeltenheter/ region Sør-Troms',
    hvordan: 'Veiledning enkeltgrupper inntil 60 timer totalt året 24/25',
    malgruppe: null,
    nar: '24-25',
    ansvar: 'UiT',
  },
  {
    nummer: 'Tiltak 8',
    hva: 'Organisering PPT',
    hvordan:
      'Gjennomgang av organisering og struktur i PPT. Hvordan kan organisering og struktur optimaliseres, slik at PPT:\n- kommer tidligere inn og tettere på barnet/eleven\n- veileder på systemnivå',
    malgruppe: 'Styringsgruppa, med innspill fra nettverk barnehage og skole',
    nar: '24-25',
    ansvar: 'Styringsgruppa',
  },
];

/** The `s2.tiltak` field: one period with all ten rows. A fresh array each call. */
export function tiltakValue(): TTiltakPeriod[] {
  return [{ periode: 'Høst 24–vår 25', rader: structuredClone(RADER) }];
}
