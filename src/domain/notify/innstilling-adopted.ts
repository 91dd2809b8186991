// The forum has adopted its innstilling (innstilling-vedtatt, issue 15 point 3): to each applicant of the round, in the
// applicant's written standard. The innstilling is the forum's advice, not the decision: the message says so, and
// sends the reader to the application's page, which shows what the forum recommended for it.
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TInnstillingAdoptedFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  roundTitle: string;
  /** The application's page. */
  link: string;
};

export function innstillingAdoptedNotice(f: TInnstillingAdoptedFacts): Notice {
  if (f.language === 'nn')
    return {
      kind: 'innstilling-vedtatt',
      language: 'nn',
      link: f.link,
      subject: `Innstillinga er vedteken: ${f.roundTitle}`,
      text: joinLines([
        `Samarbeidsforumet har vedteke innstillinga si for ${f.roundTitle}. Behovsmeldinga frå ${f.partnershipName} er med i innstillinga.`,
        '',
        `Innstillinga er tilrådinga frå forumet til ${f.officeName}. ${f.officeName} gjer vedtak og sender vedtaksbrevet seinare.`,
        `Sjå kva forumet har innstilt: ${f.link}`,
      ]),
    };
  return {
    kind: 'innstilling-vedtatt',
    language: 'nb',
    link: f.link,
    subject: `Innstillingen er vedtatt: ${f.roundTitle}`,
    text: joinLines([
      `Samarbeidsforumet har vedtatt sin innstilling for ${f.roundTitle}. Behovsmeldingen fra ${f.partnershipName} er med i innstillingen.`,
      '',
      `Innstillingen er forumets anbefaling til ${f.officeName}. ${f.officeName} fatter vedtak og sender vedtaksbrevet senere.`,
      `Se hva forumet har innstilt: ${f.link}`,
    ]),
  };
}
