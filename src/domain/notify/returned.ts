// Returned for correction (returnert, issue 12 and 15): to the partnership's contact person, in the applicant's written
// standard, with the case officer's message and the end of the resubmission window. And the note the other way: the
// case officer who returned it hears that it came back (to the office, in Bokmål unless told otherwise).
import { formatOsloDateTime } from '../shared/oslo-time.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TReturnedFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  /** The submitted document's number (null only for data from before numbering). */
  documentNumber: string | null;
  returnedByName: string;
  message: string;
  /** The last moment to resubmit, as `01.12.2023 kl. 23:59`. */
  resubmitUntil: string;
  link: string;
};

const numbered = (documentNumber: string | null) => (documentNumber ? `Behovsmelding ${documentNumber}` : 'Behovsmelding');

export function returnedNotice(f: TReturnedFacts): Notice {
  if (f.language === 'nn')
    return {
      kind: 'returnert',
      language: 'nn',
      link: f.link,
      subject: `${numbered(f.documentNumber)} er returnert for retting`,
      text: joinLines([
        `${f.officeName} har returnert behovsmeldinga frå ${f.partnershipName} for retting.`,
        '',
        `Melding frå ${f.returnedByName}:`,
        f.message,
        '',
        `Rett behovsmeldinga i Kompetanseløft og send ho inn på nytt innan ${f.resubmitUntil}.`,
        `Sjå behovsmeldinga: ${f.link}`,
      ]),
    };
  return {
    kind: 'returnert',
    language: 'nb',
    link: f.link,
    subject: `${numbered(f.documentNumber)} er returnert for retting`,
    text: joinLines([
      `${f.officeName} har returnert behovsmeldingen fra ${f.partnershipName} for retting.`,
      '',
      `Melding fra ${f.returnedByName}:`,
      f.message,
      '',
      `Rett behovsmeldingen i Kompetanseløft og send den inn på nytt innen ${f.resubmitUntil}.`,
      `Se behovsmeldingen: ${f.link}`,
    ]),
  };
}

export type TResubmittedFacts = {
  language: NoticeLanguage;
  partnershipName: string;
  roundTitle: string;
  documentNumber: string;
  submittedAt: Date;
  submittedByName: string;
  link: string;
};

/** To the case officer who returned it: the corrected application is in. */
export function resubmittedNotice(f: TResubmittedFacts): Notice {
  const at = `${formatOsloDateTime(f.submittedAt)} av ${f.submittedByName}`;
  if (f.language === 'nn')
    return {
      kind: 'annet',
      language: 'nn',
      link: f.link,
      subject: `Behovsmelding ${f.documentNumber} er send inn på nytt`,
      text: joinLines([
        `${f.partnershipName} har sendt inn behovsmeldinga du returnerte for retting.`,
        '',
        `Utlysing: ${f.roundTitle}`,
        `Dokumentnummer: ${f.documentNumber}`,
        `Sendt inn: ${at}`,
        `Sjå behovsmeldinga: ${f.link}`,
      ]),
    };
  return {
    kind: 'annet',
    language: 'nb',
    link: f.link,
    subject: `Behovsmelding ${f.documentNumber} er sendt inn på nytt`,
    text: joinLines([
      `${f.partnershipName} har sendt inn behovsmeldingen du returnerte for retting.`,
      '',
      `Utlysning: ${f.roundTitle}`,
      `Dokumentnummer: ${f.documentNumber}`,
      `Sendt inn: ${at}`,
      `Se behovsmeldingen: ${f.link}`,
    ]),
  };
}
