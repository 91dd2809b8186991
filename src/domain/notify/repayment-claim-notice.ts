// The repayment claim (issue 15 point 2–3): to the partnership and the organisation the money was paid to, once the
// claim letter is rendered, with the letter attached, in the letter's own language. It says the amount, the last day
// to pay, the account and what to mark the payment with, and links to the partnership's money page.
import { formatKontonr } from '../shared/fields.ts';
import { formatKr } from '../shared/money.ts';
import { formatDateLocal } from './links.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TRepaymentClaimFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  documentNumber: string;
  amountKr: number;
  year: number;
  dueLocal: string;
  kontonr: string;
  /** The attached letter's file name. */
  letterFileName: string;
  /** The partnership's money page. */
  link: string;
};

/** The partnership's money page: its payments, unused money and claims. */
export const partnershipMoneyLink = (publicUrl: string | undefined, partnershipId: string): string =>
  `${(publicUrl ?? '').replace(/\/+$/, '')}/utbetaling/partnerskap/${partnershipId}`;

export function repaymentClaimNotice(f: TRepaymentClaimFacts): Notice {
  const amount = formatKr(f.amountKr);
  const due = formatDateLocal(f.dueLocal);
  const account = formatKontonr(f.kontonr);
  if (f.language === 'nn') {
    return {
      kind: 'tilbakebetalingskrav',
      language: 'nn',
      link: f.link,
      subject: `Krav om tilbakebetaling: ${f.partnershipName} (${f.documentNumber})`,
      text: joinLines([
        `${f.officeName} krev tilbake ${amount} av tilskotet for ${f.year} til ${f.partnershipName}.`,
        '',
        `Dokumentnummer: ${f.documentNumber}`,
        `Kontonummer: ${account}`,
        `Betalingsfrist: ${due}`,
        `Merk innbetalinga med ${f.documentNumber}.`,
        `Kravbrevet ligg ved (${f.letterFileName}).`,
        '',
        `Sjå kravet: ${f.link}`,
      ]),
    };
  }
  return {
    kind: 'tilbakebetalingskrav',
    language: 'nb',
    link: f.link,
    subject: `Krav om tilbakebetaling: ${f.partnershipName} (${f.documentNumber})`,
    text: joinLines([
      `${f.officeName} krever tilbake ${amount} av tilskuddet for ${f.year} til ${f.partnershipName}.`,
      '',
      `Dokumentnummer: ${f.documentNumber}`,
      `Kontonummer: ${account}`,
      `Betalingsfrist: ${due}`,
      `Merk innbetalingen med ${f.documentNumber}.`,
      `Kravbrevet er vedlagt (${f.letterFileName}).`,
      '',
      `Se kravet: ${f.link}`,
    ]),
  };
}
