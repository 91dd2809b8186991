// The payment notice (issue 15, point 3; ADR 027): when the office marks a batch paid, each payee is told what was
// paid, for which partnership and year, on which day and to which account — so the money can be found on the
// account statement and the account checked. Written in the payee's written standard (nb/nn, as the letters:
// letterLanguage in src/domain/tilsagn/recipient.ts), with a link to the partnership's page. Pure.
import { formatKontonr } from '../shared/fields.ts';
import { formatKr } from '../shared/money.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TPaymentNoticeInput = {
  language: NoticeLanguage;
  officeName: string;
  payeeName: string;
  /** The Oslo date it was paid, `YYYY-MM-DD`. */
  paidOnLocal: string;
  items: readonly { partnershipName: string; year: number; amountKr: number; kontonr: string | null; documentNumber: string | null }[];
  link: string;
};

const T = {
  nb: {
    subject: (office: string) => `Betalingsvarsel: tilskudd fra ${office} er utbetalt`,
    intro: (office: string, payee: string, date: string) => `${office} har ${date} utbetalt tilskudd til ${payee}:`,
    item: (p: string, year: number, kr: string, account: string, doc: string) => `- ${p}, tilskudd ${year}: ${kr} til konto ${account}${doc ? ` (vedtak ${doc})` : ''}`,
    total: (kr: string) => `Til sammen: ${kr}`,
    noAccount: 'ukjent konto',
    see: (link: string) => `Se utbetalingene til partnerskapet: ${link}`,
    contact: 'Stemmer ikke kontonummeret, ta kontakt med embetet straks.',
    footer: 'Dette er en automatisk melding fra Kompetanseløft.',
  },
  nn: {
    subject: (office: string) => `Betalingsvarsel: tilskot frå ${office} er betalt ut`,
    intro: (office: string, payee: string, date: string) => `${office} har ${date} betalt ut tilskot til ${payee}:`,
    item: (p: string, year: number, kr: string, account: string, doc: string) => `- ${p}, tilskot ${year}: ${kr} til konto ${account}${doc ? ` (vedtak ${doc})` : ''}`,
    total: (kr: string) => `Til saman: ${kr}`,
    noAccount: 'ukjend konto',
    see: (link: string) => `Sjå utbetalingane til partnarskapet: ${link}`,
    contact: 'Stemmer ikkje kontonummeret, ta kontakt med embetet med ein gong.',
    footer: 'Dette er ei automatisk melding frå Kompetanseløft.',
  },
} as const;

const norwegianDate = (local: string) => `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)}`;

export function paymentNotice(input: TPaymentNoticeInput): Notice {
  const t = T[input.language];
  const total = input.items.reduce((s, i) => s + i.amountKr, 0);
  return {
    kind: 'betalingsvarsel',
    language: input.language,
    subject: t.subject(input.officeName),
    link: input.link,
    text: joinLines([
      t.intro(input.officeName, input.payeeName, norwegianDate(input.paidOnLocal)),
      '',
      ...input.items.map((i) => t.item(i.partnershipName, i.year, formatKr(i.amountKr), i.kontonr ? formatKontonr(i.kontonr) : t.noAccount, i.documentNumber ?? '')),
      input.items.length > 1 ? t.total(formatKr(total)) : null,
      '',
      t.see(input.link),
      t.contact,
      '',
      t.footer,
    ]),
  };
}
