// The decision (vedtak, issue 15 point 3): to the letter's addressee (the applicant) once its letters are rendered,
// with the Norwegian letter attached, in the letter's own language (vedtak.language). A tilsagn that pays out names its
// last day to accept; an avslag, or a tilsagn of state transfers only, has none (issue-letters.ts) and asks nothing.
import { formatDateLocal } from './links.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TDecisionFacts = {
  language: NoticeLanguage;
  kind: 'tilsagn' | 'avslag';
  officeName: string;
  partnershipName: string;
  roundTitle: string;
  documentNumber: string;
  /** `YYYY-MM-DD`, or null when nothing is to be accepted. */
  acceptanceDueLocal: string | null;
  /** The attached letter's file name. */
  letterFileName: string;
  /** The decision section of the application's page. */
  link: string;
};

export function decisionNotice(f: TDecisionFacts): Notice {
  const due = f.acceptanceDueLocal ? formatDateLocal(f.acceptanceDueLocal) : null;
  if (f.language === 'nn') {
    const what = f.kind === 'avslag' ? 'avslag' : 'tilsegn';
    return {
      kind: 'vedtak',
      language: 'nn',
      link: f.link,
      subject: `Vedtak om ${what}: ${f.roundTitle} (${f.documentNumber})`,
      text: joinLines([
        `${f.officeName} har gjort vedtak om ${what} på behovsmeldinga frå ${f.partnershipName}.`,
        '',
        `Utlysing: ${f.roundTitle}`,
        `Dokumentnummer: ${f.documentNumber}`,
        `Vedtaksbrevet ligg ved (${f.letterFileName}).`,
        due && '',
        due && `Tilsegnet og vilkåra må aksepterast innan ${due}. Koordinatoren aksepterer i Kompetanseløft. Tilskotet blir ikkje utbetalt før tilsegnet er akseptert.`,
        '',
        `Sjå vedtaket: ${f.link}`,
      ]),
    };
  }
  const what = f.kind === 'avslag' ? 'avslag' : 'tilsagn';
  return {
    kind: 'vedtak',
    language: 'nb',
    link: f.link,
    subject: `Vedtak om ${what}: ${f.roundTitle} (${f.documentNumber})`,
    text: joinLines([
      `${f.officeName} har fattet vedtak om ${what} på behovsmeldingen fra ${f.partnershipName}.`,
      '',
      `Utlysning: ${f.roundTitle}`,
      `Dokumentnummer: ${f.documentNumber}`,
      `Vedtaksbrevet er vedlagt (${f.letterFileName}).`,
      due && '',
      due && `Tilsagnet og vilkårene må aksepteres innen ${due}. Koordinatoren aksepterer i Kompetanseløft. Tilskuddet blir ikke utbetalt før tilsagnet er akseptert.`,
      '',
      `Se vedtaket: ${f.link}`,
    ]),
  };
}
