// The words a decision letter generates itself (its title, the labels of its header, the amount tables' headings,
// the names' labels, dates, the footer), per letter language. They are part of the letter, so they are in its
// language like the template's text: a nynorsk letter holds no Bokmål in its table headings either. Northern Sámi is
// a DRAFT translation until reviewed (a Sámi copy is rendered only from a reviewed template; the Norwegian letter is
// the decision); Lule and South Sámi have none yet, and no letter is rendered in them.
import type { TLetterLanguage } from './letter-input.ts';

export type TLetterWords = {
  titleTilsagn: string;
  titleAvslag: string;
  titleEndring: string;
  documentNumber: string;
  caseNumber: string;
  date: string;
  archiveNumber: string;
  to: string;
  orgnr: string;
  copies: string;
  amountsCaption: string;
  transfersCaption: string;
  recipient: string;
  payee: string;
  total: string;
  conditionalNote: string;
  greeting: string;
  caseOfficer: string;
  approver: string;
  /** The footer: "Dokument 2026/4-3 · side 1 av 2" as `{documentNumber}` and the word before and between the numbers. */
  footerDocument: string;
  page: string;
  pageOf: string;
  and: string;
  individualEducation: string;
  reportDueUnset: string;
  /** Said first in a translation: the Norwegian letter is the decision. */
  translationNote: string | null;
  months: readonly string[];
  /** A date: `{day}`, `{month}`, `{year}`. */
  dateFormat: string;
};

const MONTHS_NO = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;

const NB: TLetterWords = {
  titleTilsagn: 'Vedtak om tilsagn om tilskudd',
  titleAvslag: 'Vedtak om avslag på søknad om tilskudd',
  titleEndring: 'Endringsvedtak',
  documentNumber: 'Dokumentnummer',
  caseNumber: 'Saksnummer',
  date: 'Dato',
  archiveNumber: 'Journalpostnummer i arkivet',
  to: 'Til',
  orgnr: 'org.nr.',
  copies: 'Kopi til',
  amountsCaption: 'Tilsagn per mottaker og år',
  transfersCaption: 'Statlige overføringer (blir ikke utbetalt)',
  recipient: 'Mottaker',
  payee: 'ansvarlig eier',
  total: 'Sum',
  conditionalNote: '* Med forbehold om Stortingets budsjettvedtak for året.',
  greeting: 'Med hilsen',
  caseOfficer: 'Saksbehandler',
  approver: 'Godkjent av (budsjettdisponent)',
  footerDocument: 'Dokument {documentNumber}',
  page: 'side',
  pageOf: 'av',
  and: 'og',
  individualEducation: 'individuell videreutdanning for enkeltpersoner',
  reportDueUnset: 'fristen vi setter',
  translationNote: null,
  months: MONTHS_NO,
  dateFormat: '{day}. {month} {year}',
};

const NN: TLetterWords = {
  titleTilsagn: 'Vedtak om tilsegn om tilskot',
  titleAvslag: 'Vedtak om avslag på søknad om tilskot',
  titleEndring: 'Endringsvedtak',
  documentNumber: 'Dokumentnummer',
  caseNumber: 'Saksnummer',
  date: 'Dato',
  archiveNumber: 'Journalpostnummer i arkivet',
  to: 'Til',
  orgnr: 'org.nr.',
  copies: 'Kopi til',
  amountsCaption: 'Tilsegn per mottakar og år',
  transfersCaption: 'Statlege overføringar (blir ikkje utbetalte)',
  recipient: 'Mottakar',
  payee: 'ansvarleg eigar',
  total: 'Sum',
  conditionalNote: '* Med atterhald om Stortingets budsjettvedtak for året.',
  greeting: 'Med helsing',
  caseOfficer: 'Sakshandsamar',
  approver: 'Godkjent av (budsjettdisponent)',
  footerDocument: 'Dokument {documentNumber}',
  page: 'side',
  pageOf: 'av',
  and: 'og',
  individualEducation: 'individuell vidareutdanning for einskildpersonar',
  reportDueUnset: 'fristen vi set',
  translationNote: null,
  months: MONTHS_NO,
  dateFormat: '{day}. {month} {year}',
};

/** DRAFT (not reviewed): Northern Sámi. */
const SE: TLetterWords = {
  titleTilsagn: 'Mearrádus doarjjalohpádusa birra',
  titleAvslag: 'Mearrádus doarjjaohcama hilgumis',
  titleEndring: 'Rievdadanmearrádus',
  documentNumber: 'Dokumeantanummir',
  caseNumber: 'Áššenummir',
  date: 'Beaivi',
  archiveNumber: 'Arkiivva journálanummir',
  to: 'Vuostáiváldi',
  orgnr: 'org.nr.',
  copies: 'Kopiija',
  amountsCaption: 'Lohpádus juohke vuostáiváldái ja jahkái',
  transfersCaption: 'Stáhtalaš sirdimat (eai máksojuvvo)',
  recipient: 'Vuostáiváldi',
  payee: 'ovddasvástideaddji eaiggát',
  total: 'Submi',
  conditionalNote: '* Stuorradikki bušeahttamearrádusa eavttuin dan jahkái.',
  greeting: 'Dearvvuođaiguin',
  caseOfficer: 'Áššemeannudeaddji',
  approver: 'Dohkkehan (bušeahttadisponeanta)',
  footerDocument: 'Dokumeanta {documentNumber}',
  page: 'siidu',
  pageOf: '/',
  and: 'ja',
  individualEducation: 'ovttaskas olbmuid joatkkaoahpahussii',
  reportDueUnset: 'áigemearri maid mii bidjat',
  translationNote: 'Dát lea jorgaleapmi. Mearrádus lea dárogiel reive {documentNumber}.',
  months: ['ođđajagemánu', 'guovvamánu', 'njukčamánu', 'cuoŋománu', 'miessemánu', 'geassemánu', 'suoidnemánu', 'borgemánu', 'čakčamánu', 'golggotmánu', 'skábmamánu', 'juovlamánu'],
  dateFormat: '{month} {day}. beaivi {year}',
};

/** The letter words per language; null for a language with none (Lule and South Sámi). */
export const LETTER_WORDS: Record<TLetterLanguage, TLetterWords | null> = { nb: NB, nn: NN, se: SE, smj: null, sma: null };

/** Whether a language's generated words are reviewed (Norwegian) or a draft translation. */
export const LETTER_WORDS_STATUS: Record<TLetterLanguage, 'reviewed' | 'draft' | 'none'> = { nb: 'reviewed', nn: 'reviewed', se: 'draft', smj: 'none', sma: 'none' };

/** An Oslo date `YYYY-MM-DD` as the letter writes it: "1. desember 2026". */
export function letterDate(local: string, words: TLetterWords): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(local);
  if (!m) return local;
  return words.dateFormat
    .replace('{day}', String(Number(m[3])))
    .replace('{month}', words.months[Number(m[2]) - 1] ?? m[2]!)
    .replace('{year}', m[1]!);
}

/** "2027 og 2028", "2026, 2027 og 2028". */
export function joinAnd(items: readonly string[], words: TLetterWords): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words.and} ${items[items.length - 1]}`;
}
