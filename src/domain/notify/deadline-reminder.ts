// The deadline reminder (fristpaminnelse, issue 15 point 3): the round's deadline is near and the partnership has not
// submitted (no application, a draft, or one returned for correction). Sent once per partnership and occasion — the
// round's `reminder_days_before` — in the applicant's written standard. Which occasion is due is decided here too:
// pure, so the edges (a round made two days before its deadline, a scheduler that missed a day) are tested.
import { addDaysLocal } from '../tilsagn/issue-letters.ts';
import { joinLines, type Notice, type NoticeLanguage } from './notice.ts';

/** The occasion's name in notice_sent: '14-dager-for'. */
export const deadlineOccasion = (daysBefore: number) => `${daysBefore}-dager-for`;

/**
 * The reminder due today, as its days before the deadline, or null. A reminder is due from its day until the deadline
 * day; when several are (a round made late, or a day the scheduler missed), only the nearest — the last one planned —
 * goes, so no partnership gets two in one run; the earlier one is never sent afterwards.
 */
export function dueDeadlineReminder(deadlineDateLocal: string, todayLocal: string, daysBefore: readonly number[]): number | null {
  if (todayLocal > deadlineDateLocal) return null;
  const due = daysBefore.filter((d) => addDaysLocal(todayLocal, d) >= deadlineDateLocal);
  return due.length ? Math.min(...due) : null;
}

/** Whole days from today to the deadline's day (0 on the day itself). */
export function daysLeft(deadlineDateLocal: string, todayLocal: string): number {
  return Math.round((Date.parse(`${deadlineDateLocal}T00:00:00Z`) - Date.parse(`${todayLocal}T00:00:00Z`)) / 86_400_000);
}

export type TDeadlineReminderFacts = {
  language: NoticeLanguage;
  officeName: string;
  partnershipName: string;
  roundTitle: string;
  /** The deadline as `01.12.2023 kl. 23:59`. */
  deadline: string;
  daysLeft: number;
  /** Started: 'utkast' or 'returnert'; null: not started. */
  applicationStatus: 'utkast' | 'returnert' | null;
  /** The application's page when there is one, else the round's. */
  link: string;
};

export function deadlineReminderNotice(f: TDeadlineReminderFacts): Notice {
  if (f.language === 'nn') {
    const left = f.daysLeft === 0 ? 'i dag' : f.daysLeft === 1 ? 'i morgon' : `om ${f.daysLeft} dagar`;
    return {
      kind: 'fristpaminnelse',
      language: 'nn',
      link: f.link,
      subject: `Påminning: fristen for behovsmeldinga går ut ${left}`,
      text: joinLines([
        `Fristen for å sende inn behovsmeldinga til ${f.officeName} for ${f.roundTitle} er ${f.deadline}.`,
        f.applicationStatus === null
          ? `${f.partnershipName} har ikkje byrja på ei behovsmelding.`
          : f.applicationStatus === 'returnert'
            ? `Behovsmeldinga frå ${f.partnershipName} er returnert for retting og ikkje send inn på nytt.`
            : `Behovsmeldinga frå ${f.partnershipName} er eit utkast og er ikkje send inn.`,
        '',
        `Sjå ${f.applicationStatus === null ? 'utlysinga' : 'behovsmeldinga'}: ${f.link}`,
      ]),
    };
  }
  const left = f.daysLeft === 0 ? 'i dag' : f.daysLeft === 1 ? 'i morgen' : `om ${f.daysLeft} dager`;
  return {
    kind: 'fristpaminnelse',
    language: 'nb',
    link: f.link,
    subject: `Påminnelse: fristen for behovsmeldingen går ut ${left}`,
    text: joinLines([
      `Fristen for å sende inn behovsmeldingen til ${f.officeName} for ${f.roundTitle} er ${f.deadline}.`,
      f.applicationStatus === null
        ? `${f.partnershipName} har ikke begynt på en behovsmelding.`
        : f.applicationStatus === 'returnert'
          ? `Behovsmeldingen fra ${f.partnershipName} er returnert for retting og ikke sendt inn på nytt.`
          : `Behovsmeldingen fra ${f.partnershipName} er et utkast og er ikke sendt inn.`,
      '',
      `Se ${f.applicationStatus === null ? 'utlysningen' : 'behovsmeldingen'}: ${f.link}`,
    ]),
  };
}
