// The receipt for a submitted behovsmelding (kvittering, issue 15 point 3), to the partnership's contact person and
// coordinator, in the applicant's written standard. The Bokmål wording is the one sent since issue 12.
import { formatOsloDateTime } from '../shared/oslo-time.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TReceiptFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  roundTitle: string;
  documentNumber: string;
  submittedAt: Date;
  submittedByName: string;
  /** Submitted on the partnership's extended deadline. */
  onExtension: boolean;
  /** The application's page. */
  link: string;
};

export function receiptNotice(f: TReceiptFacts): Notice {
  const at = `${formatOsloDateTime(f.submittedAt)} av ${f.submittedByName}`;
  if (f.language === 'nn')
    return {
      kind: 'kvittering',
      language: 'nn',
      link: f.link,
      subject: `Kvittering: behovsmelding ${f.documentNumber} er motteken`,
      text: joinLines([
        `${f.officeName} har motteke behovsmeldinga frå ${f.partnershipName}.`,
        '',
        `Utlysing: ${f.roundTitle}`,
        `Dokumentnummer: ${f.documentNumber}`,
        `Sendt inn: ${at}`,
        f.onExtension && 'Sendt inn innanfor utsett frist.',
        `Sjå behovsmeldinga: ${f.link}`,
        '',
        'Dette er ei automatisk kvittering frå Kompetanseløft.',
      ]),
    };
  return {
    kind: 'kvittering',
    language: 'nb',
    link: f.link,
    subject: `Kvittering: behovsmelding ${f.documentNumber} er mottatt`,
    text: joinLines([
      `${f.officeName} har mottatt behovsmeldingen fra ${f.partnershipName}.`,
      '',
      `Utlysning: ${f.roundTitle}`,
      `Dokumentnummer: ${f.documentNumber}`,
      `Sendt inn: ${at}`,
      f.onExtension && 'Sendt inn innenfor utsatt frist.',
      `Se behovsmeldingen: ${f.link}`,
      '',
      'Dette er en automatisk kvittering fra Kompetanseløft.',
    ]),
  };
}
