// The notice (innkalling) of a forum meeting as an e-mail to each member: when, where and the agenda. Pure: the use
// case queues it in the outbox in the same transaction as it marks the notice sent (issue 15 owns the mail's
// templates later; this is the plain text the forum needs now).
export type TNoticeFacts = {
  officeName: string;
  title: string;
  /** `YYYY-MM-DDTHH:MM:SS`, Oslo time. */
  startsAtLocal: string;
  location: string | null;
  agenda: readonly string[];
  link: string;
};

/** `2026-01-20T10:00:00` → `20.01.2026 kl. 10:00`. */
export function formatMeetingTime(local: string): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date!.split('-');
  return `${d}.${m}.${y} kl. ${time!.slice(0, 5)}`;
}

/** Where the meeting is seen (the forum pages come with the web side of issue 13). */
export const meetingLink = (publicUrl: string | undefined, meetingId: string): string => `${publicUrl ?? ''}/forum/moter/${meetingId}`;

export function meetingNotice(f: TNoticeFacts): { subject: string; text: string } {
  return {
    subject: `Innkalling: ${f.title}, ${formatMeetingTime(f.startsAtLocal)}`,
    text: [
      `Du er innkalt til møte i samarbeidsforumet hos ${f.officeName}.`,
      '',
      `Møte: ${f.title}`,
      `Tid: ${formatMeetingTime(f.startsAtLocal)}`,
      ...(f.location ? [`Sted: ${f.location}`] : []),
      '',
      'Saksliste:',
      ...(f.agenda.length ? f.agenda.map((t, i) => `${i + 1}. ${t}`) : ['(kommer)']),
      '',
      'Kan du ikke møte, gi beskjed til sekretariatet, så innkalles varamedlemmet ditt.',
      `Se møtet i Kompetanseløft: ${f.link}`,
    ].join('\n'),
  };
}
