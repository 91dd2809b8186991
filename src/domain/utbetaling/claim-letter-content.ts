// A repayment claim letter's one source (issue 15 point 2, ADR 027): the amount claimed back, the tilsagn it was
// granted by (its document number and year), the case officer's reason, the office's account and the last day to pay,
// what to write on the payment (the claim's document number: the office has no KID for these), the legal ground (the
// conditions the partnership accepted with the tilsagn) and who handled the case — every word in the letter's language
// (nb or nn, the addressee's written standard). The PDF and the Word document only draw this
// (src/documents/utbetaling/), so the two cannot say different things. Plain data in, plain data out.
import { formatKontonr } from '../shared/fields.ts';
import { formatKr } from '../shared/money.ts';
import type { TLetterBlock } from '../tilsagn/letter-content.ts';
import { LETTER_WORDS, letterDate } from '../tilsagn/letter-words.ts';

export type TClaimLanguage = 'nb' | 'nn';

export type TClaimLetterInput = {
  language: TClaimLanguage;
  documentNumber: string;
  caseNumber: string;
  /** The letter's date and the last day to pay, Oslo `YYYY-MM-DD`. */
  dateLocal: string;
  dueLocal: string;
  office: { name: string };
  /** The organisation the money was paid to. */
  addressee: { name: string; orgnr: string | null };
  partnershipName: string;
  amountKr: number;
  /** The grant year the money was for. */
  year: number;
  tilsagn: { documentNumber: string; dateLocal: string | null };
  reason: string;
  kontonr: string;
  caseOfficerName: string;
};

export type TClaimLetterContent = {
  language: TClaimLanguage;
  locale: string;
  title: string;
  officeName: string;
  documentNumber: string;
  reference: { label: string; value: string }[];
  recipients: { label: string; value: string }[];
  blocks: TLetterBlock[];
  greeting: string;
  names: { label: string; value: string }[];
  footer: { before: string; between: string };
};

type TClaimWords = {
  title: string;
  intro: (f: { partnershipName: string; tilsagnNumber: string; tilsagnDate: string | null; year: number }) => string;
  amountHeading: string;
  amount: (kr: string, year: number) => string;
  reasonHeading: string;
  paymentHeading: string;
  payTo: string;
  due: string;
  mark: (documentNumber: string) => string;
  groundHeading: string;
  ground: (tilsagnNumber: string) => string;
  questions: string;
};

const NB: TClaimWords = {
  title: 'Krav om tilbakebetaling av tilskudd',
  intro: (f) =>
    `${f.partnershipName} fikk tilsagn om tilskudd i vedtak ${f.tilsagnNumber}${f.tilsagnDate ? ` av ${f.tilsagnDate}` : ''}. Midler for ${f.year} som ikke er brukt til formålet, skal betales tilbake.`,
  amountHeading: 'Beløpet vi krever tilbake',
  amount: (kr, year) => `Vi krever tilbake ${kr} av tilskuddet for ${year}.`,
  reasonHeading: 'Begrunnelse',
  paymentHeading: 'Slik betaler dere',
  payTo: 'Kontonummer',
  due: 'Betalingsfrist',
  mark: (n) => `Merk innbetalingen med ${n}.`,
  groundHeading: 'Hjemmel',
  ground: (n) => `Kravet bygger på vilkårene i tilsagnet (${n}), som dere aksepterte: tilskudd som ikke brukes til formålet, skal betales tilbake.`,
  questions: 'Ta kontakt med saksbehandleren hvis dere har spørsmål til kravet.',
};

const NN: TClaimWords = {
  title: 'Krav om tilbakebetaling av tilskot',
  intro: (f) =>
    `${f.partnershipName} fekk tilsegn om tilskot i vedtak ${f.tilsagnNumber}${f.tilsagnDate ? ` av ${f.tilsagnDate}` : ''}. Midlar for ${f.year} som ikkje er brukte til føremålet, skal betalast tilbake.`,
  amountHeading: 'Beløpet vi krev tilbake',
  amount: (kr, year) => `Vi krev tilbake ${kr} av tilskotet for ${year}.`,
  reasonHeading: 'Grunngiving',
  paymentHeading: 'Slik betaler de',
  payTo: 'Kontonummer',
  due: 'Betalingsfrist',
  mark: (n) => `Merk innbetalinga med ${n}.`,
  groundHeading: 'Heimel',
  ground: (n) => `Kravet byggjer på vilkåra i tilsegnet (${n}), som de aksepterte: tilskot som ikkje blir brukt til føremålet, skal betalast tilbake.`,
  questions: 'Ta kontakt med saksbehandlaren om de har spørsmål til kravet.',
};

const CLAIM_WORDS: Record<TClaimLanguage, TClaimWords> = { nb: NB, nn: NN };
const LOCALES: Record<TClaimLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO' };

/** Reasons keep the case officer's paragraphs. */
const paragraphs = (text: string): TLetterBlock[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', text: p }));

export function claimLetterContent(input: TClaimLetterInput): TClaimLetterContent {
  const w = CLAIM_WORDS[input.language];
  const lw = LETTER_WORDS[input.language]!;
  const tilsagnDate = input.tilsagn.dateLocal ? letterDate(input.tilsagn.dateLocal, lw) : null;
  const due = letterDate(input.dueLocal, lw);
  const addressee = input.addressee.orgnr ? `${input.addressee.name} (${lw.orgnr} ${input.addressee.orgnr})` : input.addressee.name;
  const blocks: TLetterBlock[] = [
    { kind: 'paragraph', text: w.intro({ partnershipName: input.partnershipName, tilsagnNumber: input.tilsagn.documentNumber, tilsagnDate, year: input.year }) },
    { kind: 'heading', text: w.amountHeading },
    { kind: 'paragraph', text: w.amount(formatKr(input.amountKr), input.year) },
    { kind: 'heading', text: w.reasonHeading },
    ...paragraphs(input.reason),
    { kind: 'heading', text: w.paymentHeading },
    { kind: 'list', items: [`${w.payTo}: ${formatKontonr(input.kontonr)}`, `${w.due}: ${due}`, w.mark(input.documentNumber)] },
    { kind: 'heading', text: w.groundHeading },
    { kind: 'paragraph', text: w.ground(input.tilsagn.documentNumber) },
    { kind: 'paragraph', text: w.questions },
  ];
  return {
    language: input.language,
    locale: LOCALES[input.language],
    title: `${w.title} – ${input.partnershipName}`,
    officeName: input.office.name,
    documentNumber: input.documentNumber,
    reference: [
      { label: lw.documentNumber, value: input.documentNumber },
      { label: lw.caseNumber, value: input.caseNumber },
      { label: lw.date, value: letterDate(input.dateLocal, lw) },
    ],
    recipients: [{ label: lw.to, value: addressee }],
    blocks,
    greeting: lw.greeting,
    names: [{ label: lw.caseOfficer, value: input.caseOfficerName }],
    footer: { before: `${lw.footerDocument.replace('{documentNumber}', input.documentNumber)} · ${lw.page} `, between: ` ${lw.pageOf} ` },
  };
}
