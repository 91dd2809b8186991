// The acceptance reminder (akseptpaminnelse, issue 15 point 3): a tilsagn that pays out and is not yet accepted, sent
// once when its last day to accept is near (acceptance.ts reminderDue: 7 days before, or passed), in the letter's
// language, to the addressee's coordinator and contact person.
import { formatDateLocal } from './links.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

export type TAcceptanceReminderFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  roundTitle: string;
  documentNumber: string;
  acceptanceDueLocal: string;
  /** Oslo date today: whether the last day is still ahead decides the wording. */
  todayLocal: string;
  link: string;
};

export function acceptanceReminderNotice(f: TAcceptanceReminderFacts): Notice {
  const due = formatDateLocal(f.acceptanceDueLocal);
  const passed = f.todayLocal > f.acceptanceDueLocal;
  if (f.language === 'nn')
    return {
      kind: 'akseptpaminnelse',
      language: 'nn',
      link: f.link,
      subject: `Påminning: tilsegn ${f.documentNumber} må aksepterast innan ${due}`,
      text: joinLines([
        passed
          ? `Fristen for å akseptere tilsegnet til ${f.partnershipName} gjekk ut ${due}, og tilsegnet er ikkje akseptert.`
          : `Tilsegnet til ${f.partnershipName} er ikkje akseptert enno. Fristen er ${due}.`,
        '',
        `Utlysing: ${f.roundTitle}`,
        `Dokumentnummer: ${f.documentNumber}`,
        `Koordinatoren aksepterer i Kompetanseløft. Tilskotet blir ikkje utbetalt før tilsegnet er akseptert. Spørsmål kan de rette til ${f.officeName}.`,
        '',
        `Sjå og aksepter vedtaket: ${f.link}`,
      ]),
    };
  return {
    kind: 'akseptpaminnelse',
    language: 'nb',
    link: f.link,
    subject: `Påminnelse: tilsagn ${f.documentNumber} må aksepteres innen ${due}`,
    text: joinLines([
      passed
        ? `Fristen for å akseptere tilsagnet til ${f.partnershipName} gikk ut ${due}, og tilsagnet er ikke akseptert.`
        : `Tilsagnet til ${f.partnershipName} er ikke akseptert ennå. Fristen er ${due}.`,
      '',
      `Utlysning: ${f.roundTitle}`,
      `Dokumentnummer: ${f.documentNumber}`,
      `Koordinatoren aksepterer i Kompetanseløft. Tilskuddet blir ikke utbetalt før tilsagnet er akseptert. Spørsmål kan dere rette til ${f.officeName}.`,
      '',
      `Se og aksepter vedtaket: ${f.link}`,
    ]),
  };
}
